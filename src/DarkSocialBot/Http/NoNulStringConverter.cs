using System.Text.Json;
using System.Text.Json.Serialization;

namespace DarkSocialBot.Http;

/// <summary>
/// Refuses a JSON string holding U+0000 in a request body read by <c>RequestJson</c>, with its path (a 400): PostgreSQL cannot
/// store the character, so such a value became a 500 when written, and nothing a person types or a system needs contains it.
/// Not in the host's JSON options: the OpenAPI document would lose the type of every string property.
/// </summary>
internal sealed class NoNulStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? Checked(reader.GetString()!)
            : throw new JsonException($"Expected a string, not {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

    private static string Checked(string value) =>
        value.Contains('\0', StringComparison.Ordinal) ? throw new JsonException("Text cannot contain the NUL character (\\u0000).") : value;
}
