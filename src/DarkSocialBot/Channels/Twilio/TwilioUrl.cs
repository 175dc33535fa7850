using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace DarkSocialBot.Channels.Twilio;

/// <summary>
/// The forms of one URL Twilio may have signed (channels.md §1.5): as configured, WHATWG-normalised like twilio-node's
/// <c>new URL()</c> (<c>'</c> becomes <c>%27</c>), and with the legacy re-encoded querystring; each with and without
/// the port (the default <c>:443</c>/<c>:80</c> filled in when none is given). Credentials in the URL are dropped.
/// </summary>
public static class TwilioUrl
{
    public static IReadOnlyList<string> Variants(string url)
    {
        var variants = new List<string>(6);
        foreach (var form in new[] { url, Normalized(url), LegacyQuery(url) })
        {
            if (Parse(form) is not { } parts) continue;
            foreach (var candidate in new[] { parts.With(includePort: true), parts.With(includePort: false) })
                if (!variants.Contains(candidate, StringComparer.Ordinal)) variants.Add(candidate);
        }
        if (variants.Count == 0) variants.Add(url);
        return variants;
    }

    public static string? QueryValue(string url, string name)
    {
        var query = url.IndexOf('?', StringComparison.Ordinal);
        if (query < 0) return null;
        foreach (var pair in new QueryStringEnumerable(url[query..]))
            if (pair.DecodeName().Span.SequenceEqual(name)) return pair.DecodeValue().ToString();
        return null;
    }

    /// <summary>What WHATWG URL serialisation does to an http(s) URL: lower-case scheme and host, empty path as <c>/</c>, unsafe characters percent-encoded.</summary>
    public static string Normalized(string url)
    {
        if (Parse(url) is not { } parts) return url;
        var path = Encode(parts.Path.Length == 0 ? "/" : parts.Path, " \"#<>?^`{}");
        var query = parts.Query is null ? null : Encode(parts.Query, " \"#<>'");
        return new UrlParts(parts.Scheme.ToLowerInvariant(), parts.Host.ToLowerInvariant(), parts.Port, path, query).With(includePort: true);
    }

    /// <summary>The query as Node's legacy <c>querystring</c> re-encodes it (decode, then <c>encodeURIComponent</c>: a space becomes <c>%20</c>).</summary>
    public static string LegacyQuery(string url)
    {
        if (Parse(url) is not { Query: { } query } parts) return url;
        var pairs = new List<string>();
        foreach (var pair in new QueryStringEnumerable(query))
            pairs.Add(EncodeComponent(pair.DecodeName().ToString()) + "=" + EncodeComponent(pair.DecodeValue().ToString()));
        return (parts with { Query = string.Join('&', pairs) }).With(includePort: true);
    }

    private static string Encode(string value, string extra)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.Value > 0x20 && rune.Value < 0x7F && !extra.Contains((char)rune.Value)) builder.Append((char)rune.Value);
            else AppendEscaped(builder, rune);
        }
        return builder.ToString();
    }

    private static string EncodeComponent(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || "-_.!~*'()".Contains((char)rune.Value))) builder.Append((char)rune.Value);
            else AppendEscaped(builder, rune);
        }
        return builder.ToString();
    }

    private static void AppendEscaped(StringBuilder builder, Rune rune)
    {
        Span<byte> bytes = stackalloc byte[4];
        var length = rune.EncodeToUtf8(bytes);
        foreach (var b in bytes[..length]) builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
    }

    private static UrlParts? Parse(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0) return null;
        var rest = url[(schemeEnd + 3)..];
        var fragment = rest.IndexOf('#', StringComparison.Ordinal);
        if (fragment >= 0) rest = rest[..fragment];
        var pathStart = rest.IndexOfAny(['/', '?']);
        var authority = pathStart < 0 ? rest : rest[..pathStart];
        var tail = pathStart < 0 ? "" : rest[pathStart..];
        authority = authority[(authority.LastIndexOf('@') + 1)..];
        var colon = authority.LastIndexOf(':');
        var (host, port) = colon > authority.LastIndexOf(']') && colon >= 0 ? (authority[..colon], authority[(colon + 1)..]) : (authority, null);
        var queryStart = tail.IndexOf('?', StringComparison.Ordinal);
        return queryStart < 0
            ? new UrlParts(url[..schemeEnd], host, port, tail, null)
            : new UrlParts(url[..schemeEnd], host, port, tail[..queryStart], tail[(queryStart + 1)..]);
    }

    private sealed record UrlParts(string Scheme, string Host, string? Port, string Path, string? Query)
    {
        public string With(bool includePort)
        {
            var port = !includePort ? null
                : !string.IsNullOrEmpty(Port) ? Port
                : Scheme.Equals("https", StringComparison.OrdinalIgnoreCase) ? "443" : "80";
            return $"{Scheme}://{Host}{(port is null ? "" : ":" + port)}{Path}{(Query is null ? "" : "?" + Query)}";
        }
    }
}
