using System.Text.Json;
using System.Text.Json.Serialization;

namespace DarkSocialBot.Core.Localization;

/// <summary>Stores a <see cref="LocalizedText"/> as <c>{"en": "...", "fr": "..."}</c> (the neutral text under "").</summary>
internal sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    public override LocalizedText? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String) return new LocalizedText(reader.GetString()!);
        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(ref reader, options) ?? [];
        var text = new LocalizedText();
        foreach (var (key, value) in texts) text[key] = value;
        return text;
    }

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, text) in value.Texts) writer.WriteString(key, text);
        writer.WriteEndObject();
    }
}
