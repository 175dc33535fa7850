using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DarkSocialBot.Channels.Meta;

/// <summary>Tolerant reads of webhook JSON: a missing field or an unexpected kind is null, never an exception.</summary>
internal static partial class MetaJson
{
    /// <summary>
    /// The body with what System.Text.Json parses but refuses to read as text made readable: invalid UTF-8 and a lone
    /// UTF-16 surrogate escape (half an emoji, from text cut in the middle) become U+FFFD. Otherwise one broken message
    /// fails the whole batch, and Meta redelivers the same batch again and again.
    /// </summary>
    public static byte[] Repair(byte[] body)
    {
        if (!System.Text.Unicode.Utf8.IsValid(body)) body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body));
        if (body.AsSpan().IndexOf("\\u"u8) < 0) return body;
        var text = Encoding.UTF8.GetString(body);
        var repaired = LoneSurrogateEscape().Replace(text, "\\uFFFD");
        return ReferenceEquals(repaired, text) ? body : Encoding.UTF8.GetBytes(repaired);
    }

    // A \uD800-\uDBFF escape not followed by a \uDC00-\uDFFF one, or the reverse; "\\u…" (an escaped backslash) is text.
    [GeneratedRegex(@"(?<=(?<!\\)(?:\\\\)*)(?:\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2})")]
    private static partial Regex LoneSurrogateEscape();

    public static JsonElement? Get(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value
            : null;

    public static string? Text(this JsonElement element, string name) =>
        element.Get(name) is { } value
            ? value.ValueKind switch { JsonValueKind.String => value.GetString(), JsonValueKind.Number => value.GetRawText(), _ => null }
            : null;

    /// <summary>An identifier (user, page, phone number, message): like <see cref="Text"/>, but blank counts as missing.</summary>
    public static string? Id(this JsonElement element, string name) =>
        element.Text(name) is { } text && !string.IsNullOrWhiteSpace(text) ? text : null;

    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    public static bool Flag(this JsonElement element, string name) => element.Get(name) is { ValueKind: JsonValueKind.True };

    /// <summary>A Unix time in milliseconds (Messenger) or seconds as text (WhatsApp).</summary>
    public static DateTimeOffset? UnixTime(this JsonElement element, string name, bool milliseconds)
    {
        if (!long.TryParse(element.Text(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return null;
        try
        {
            return milliseconds ? DateTimeOffset.FromUnixTimeMilliseconds(value) : DateTimeOffset.FromUnixTimeSeconds(value);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
