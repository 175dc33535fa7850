using System.Reflection;
using System.Text.Json;
using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Attribution;

/// <summary>
/// What the attribution question, the sentiment offer and the privacy commands say, per language, from
/// <c>Attribution/Texts.{language}.json</c> (embedded): one section per feature, one key per text (<c>"hdyhau": { "question": … }</c>
/// is <c>Hdyhau.Question</c>). Loading fails when a language file lacks a key, so a deploy never speaks half a language.
/// </summary>
public sealed class AttributionTexts
{
    public static readonly string[] Languages = ["en", "fr"];

    public HdyhauTexts Hdyhau { get; } = new();
    public SentimentTexts Sentiment { get; } = new();
    public PrivacyTexts Privacy { get; } = new();

    /// <summary>The texts, loaded once (they are immutable once loaded).</summary>
    public static AttributionTexts Default { get; } = Load();

    public static AttributionTexts Load()
    {
        var texts = new AttributionTexts();
        foreach (var language in Languages)
        {
            using var document = JsonDocument.Parse(ReadResource(language));
            foreach (var (section, key, property, owner) in texts.Entries())
            {
                if (!document.RootElement.TryGetProperty(section, out var values) || !values.TryGetProperty(key, out var value)
                    || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
                    throw new InvalidOperationException($"Attribution/Texts.{language}.json has no text for \"{section}.{key}\".");
                ((LocalizedText)property.GetValue(owner)!)[language] = value.GetString()!;
            }
        }
        return texts;
    }

    private static string ReadResource(string language)
    {
        var name = $"DarkSocialBot.Dialogs.Attribution.Texts.{language}.json";
        using var stream = typeof(AttributionTexts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"No embedded resource {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private IEnumerable<(string Section, string Key, PropertyInfo Property, object Owner)> Entries()
    {
        foreach (var section in GetType().GetProperties().Where(p => p.PropertyType.Name.EndsWith("Texts", StringComparison.Ordinal)))
        {
            var owner = section.GetValue(this)!;
            foreach (var property in section.PropertyType.GetProperties().Where(p => p.PropertyType == typeof(LocalizedText)))
                yield return (JsonNamingPolicy.CamelCase.ConvertName(section.Name), JsonNamingPolicy.CamelCase.ConvertName(property.Name), property, owner);
        }
    }
}
