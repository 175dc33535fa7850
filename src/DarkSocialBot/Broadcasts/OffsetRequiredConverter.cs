using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DarkSocialBot.Broadcasts;

/// <summary>
/// Reads a time only with its UTC offset (<c>2026-12-08T09:00:00+01:00</c> or <c>…Z</c>): without one, "09:00" would be
/// taken in the server's zone, not the brand's, and a campaign or a consent would be an hour or more off without a word.
/// </summary>
internal sealed class OffsetRequiredConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTimeOffset(out var value))
            throw new JsonException("Expected a date and time in ISO 8601 with its UTC offset, e.g. 2026-12-08T09:00:00+01:00.");
        var text = reader.GetString()!;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) || parsed.Kind == DateTimeKind.Unspecified)
            throw new JsonException($"'{text}' has no UTC offset: say whose time it is, e.g. {text}+01:00 (Paris in winter) or {text}Z (UTC).");
        return value;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
