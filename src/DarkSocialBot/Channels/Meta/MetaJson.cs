using System.Globalization;
using System.Text.Json;

namespace DarkSocialBot.Channels.Meta;

/// <summary>Tolerant reads of webhook JSON: a missing field or an unexpected kind is null, never an exception.</summary>
internal static class MetaJson
{
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
