using System.Net;

namespace DarkSocialBot.Core.Attribution;

/// <summary>
/// A tracked way into the conversation, read before asking "how did you hear about us?". Recognised, in this order:
/// "[ref:CODE]" (WhatsApp pre-filled text), UTM parameters ("utm_source=whatsapp&amp;utm_medium=sms&amp;utm_campaign=private-share"),
/// "ref=CODE" in a query, and "#CODE" (3-32 letters/digits, at least one capital or digit). Codes name their channel in any
/// part ("SHARE-WA-SPRING24": whatsapp share); a code naming nothing known keeps <see cref="Source"/> null (campaign only).
/// </summary>
public sealed record TrackedEntry(TrackedEntryKind Kind, string? Code, string? Source, string? ShareChannel, string? Campaign, string? Medium)
{
    private const int MaxCode = 64;

    public SourceClass? Class => Source is null ? null : SourceCodes.ClassOf(Source);

    /// <summary>Reads the <c>ref</c> value a Messenger referral carries (a plain code or UTM-style pairs).</summary>
    public static TrackedEntry? FromMessengerRef(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.Length > 512) return null;
        return reference.Contains('=') ? FromQuery(reference, TrackedEntryKind.MessengerRef) : FromCode(reference.Trim(), TrackedEntryKind.MessengerRef);
    }

    /// <summary>
    /// An ad or a promoted post the provider names (<paramref name="id"/>: the ad's or post's id): a paid social arrival,
    /// or an organic social one for a post; <paramref name="headline"/> is kept as the campaign.
    /// </summary>
    public static TrackedEntry? FromAd(string? id, bool post, string? headline)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        var trimmed = id.Trim();
        var title = string.IsNullOrWhiteSpace(headline) ? null : headline.Trim();
        return new TrackedEntry(TrackedEntryKind.Ad, trimmed.Length > MaxCode ? trimmed[..MaxCode] : trimmed,
            post ? SourceCodes.SocialOrganic : SourceCodes.PaidSocial, null, title is { Length: > MaxCode } ? title[..MaxCode] : title, post ? "post" : "ad");
    }

    /// <summary>Finds a tracked code in a first message, a URL or a query string; null when there is none. Never throws.</summary>
    public static TrackedEntry? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Length > 2048 ? text[..2048] : text;
        var bracket = s.IndexOf("[ref:", StringComparison.OrdinalIgnoreCase);
        if (bracket >= 0)
        {
            var end = s.IndexOf(']', bracket);
            return end > bracket + 5 ? FromCode(s[(bracket + 5)..end].Trim(), TrackedEntryKind.WhatsAppPrefill) : null;
        }
        var utm = s.IndexOf("utm_", StringComparison.OrdinalIgnoreCase);
        if (utm >= 0) return FromQuery(s[utm..], TrackedEntryKind.Utm);
        var refAt = s.IndexOf("ref=", StringComparison.OrdinalIgnoreCase);
        if (refAt >= 0 && (refAt == 0 || s[refAt - 1] is '?' or '&')) return FromQuery(s[refAt..], TrackedEntryKind.MessengerRef);
        var hash = s.IndexOf('#');
        while (hash >= 0)
        {
            var end = hash + 1;
            while (end < s.Length && (char.IsAsciiLetterOrDigit(s[end]) || s[end] is '_' or '-')) end++;
            var code = s[(hash + 1)..end];
            if (code.Length is >= 3 and <= 32 && code.Any(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)) && code.Any(char.IsAsciiLetter))
                return FromCode(code, TrackedEntryKind.Hashtag);
            hash = s.IndexOf('#', end);
        }
        return null;
    }

    private static TrackedEntry? FromCode(string code, TrackedEntryKind kind)
    {
        if (code.Length == 0 || code.Length > MaxCode) return null;
        var (source, channel) = TrackedSourceMap.Resolve(code.Split(['-', '_', '.', ' '], StringSplitOptions.RemoveEmptyEntries));
        return new TrackedEntry(kind, code, source, channel, null, null);
    }

    private static TrackedEntry? FromQuery(string query, TrackedEntryKind kind)
    {
        string? source = null, medium = null, campaign = null, reference = null;
        var stop = query.IndexOfAny([' ', '#', '\n']);
        foreach (var pair in (stop >= 0 ? query[..stop] : query).Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0) continue;
            var value = WebUtility.UrlDecode(pair[(eq + 1)..]).Trim();
            if (value.Length == 0 || value.Length > MaxCode) continue;
            switch (pair[..eq].ToLowerInvariant())
            {
                case "utm_source": source = value; break;
                case "utm_medium": medium = value; break;
                case "utm_campaign": campaign = value; break;
                case "ref": reference = value; break;
            }
        }
        if (source is null && medium is null && reference is null) return null;
        if (source is null && medium is null) return FromCode(reference!, kind) is { } plain ? plain with { Campaign = campaign } : null;
        var parts = new List<string>();
        foreach (var v in new[] { source, medium, campaign }) if (v is not null) parts.AddRange(v.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (source is not null) parts.Insert(0, source);
        var (code, channel) = TrackedSourceMap.Resolve(parts);
        return new TrackedEntry(kind, reference ?? campaign, code, channel, campaign, medium);
    }
}
