namespace DarkSocialBot.Core.Attribution;

/// <summary>
/// Maps tracking vocabulary to a source code and share channel. Codes are split on '-', '_', '.' and each part is looked up
/// ("SHARE-WA-SPRING" -> whatsapp share); UTM uses utm_source + utm_medium as in protocols/attribution.md rule R3.
/// </summary>
internal static class TrackedSourceMap
{
    private static readonly Dictionary<string, string> Channels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["whatsapp"] = "whatsapp", ["wa"] = "whatsapp", ["messenger"] = "messenger", ["msgr"] = "messenger", ["sms"] = "sms",
        ["text"] = "sms", ["email"] = "email", ["mail"] = "email", ["newsletter"] = "email", ["nl"] = "email", ["copy"] = "copy",
        ["telegram"] = "telegram", ["signal"] = "signal", ["slack"] = "slack", ["discord"] = "discord",
        ["instagram"] = "instagram", ["ig"] = "instagram", ["facebook"] = "facebook", ["fb"] = "facebook", ["tiktok"] = "tiktok",
        ["tt"] = "tiktok", ["youtube"] = "youtube", ["yt"] = "youtube", ["linkedin"] = "linkedin", ["li"] = "linkedin",
        ["x"] = "x", ["twitter"] = "x", ["pinterest"] = "pinterest", ["snapchat"] = "snapchat", ["google"] = "google", ["bing"] = "bing",
        ["podcast"] = "podcast", ["pod"] = "podcast", ["tv"] = "tv", ["radio"] = "radio",
    };

    private static readonly Dictionary<string, string> Media = new(StringComparer.OrdinalIgnoreCase)
    {
        ["influencer"] = SourceCodes.Influencer, ["creator"] = SourceCodes.Influencer, ["ooh"] = SourceCodes.Outdoor,
        ["billboard"] = SourceCodes.Outdoor, ["affiche"] = SourceCodes.Outdoor, ["print"] = SourceCodes.Print, ["flyer"] = SourceCodes.Print,
        ["qr"] = SourceCodes.Print, ["event"] = SourceCodes.Event, ["salon"] = SourceCodes.Event, ["expo"] = SourceCodes.Event,
        ["display"] = SourceCodes.Display, ["banner"] = SourceCodes.Display, ["cpm"] = SourceCodes.Display, ["app"] = SourceCodes.OwnChannel,
        ["site"] = SourceCodes.OwnChannel, ["web"] = SourceCodes.OwnChannel, ["store"] = SourceCodes.OwnChannel,
    };

    private static readonly HashSet<string> PaidWords = new(StringComparer.OrdinalIgnoreCase)
        { "ad", "ads", "cpc", "ppc", "paid", "sem", "paidsearch", "paid_search", "paidsocial", "paid_social", "sponsored" };

    private static readonly HashSet<string> ShareWords = new(StringComparer.OrdinalIgnoreCase)
        { "share", "shared", "fwd", "forward", "private-share", "private_share", "privateshare" };

    /// <summary>Source and channel from the parts of a code, or from UTM source, medium and campaign.</summary>
    public static (string? Source, string? Channel) Resolve(IReadOnlyList<string> parts)
    {
        string? channel = null, medium = null;
        bool paid = false, share = false;
        foreach (var part in parts)
        {
            if (PaidWords.Contains(part)) paid = true;
            if (ShareWords.Contains(part) || part.Contains("share", StringComparison.OrdinalIgnoreCase)) share = true;
            if (channel is null && Channels.TryGetValue(part, out var c)) channel = c;
            if (medium is null && Media.TryGetValue(part, out var m)) medium = m;
        }
        var newsletter = parts.Any(p => p.Equals("newsletter", StringComparison.OrdinalIgnoreCase) || p.Equals("nl", StringComparison.OrdinalIgnoreCase));
        var source = channel switch
        {
            "whatsapp" => SourceCodes.MsgWhatsApp,
            "messenger" => SourceCodes.MsgMessenger,
            "sms" => SourceCodes.MsgSms,
            "email" => share && !newsletter ? SourceCodes.EmailForward : SourceCodes.OwnChannel,
            "copy" or "telegram" or "signal" => SourceCodes.MsgOtherApp,
            "slack" or "discord" => SourceCodes.CommunityPrivate,
            "google" or "bing" => paid ? SourceCodes.PaidSearch : SourceCodes.Search,
            "podcast" => SourceCodes.Podcast,
            "tv" => SourceCodes.Tv,
            "radio" => SourceCodes.Radio,
            null => medium,
            _ => medium == SourceCodes.Influencer ? medium : paid ? SourceCodes.PaidSocial : SourceCodes.SocialOrganic,
        };
        if (channel is not null && medium is SourceCodes.Display && source is SourceCodes.SocialOrganic) source = SourceCodes.PaidSocial;
        return (source, channel);
    }
}
