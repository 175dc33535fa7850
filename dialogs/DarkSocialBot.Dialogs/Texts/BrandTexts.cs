using System.Reflection;
using System.Text.Json;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Dialogs.Attribution;

namespace DarkSocialBot.Dialogs.Texts;

/// <summary>
/// Everything the bot says, per language, from <c>Texts/{language}.json</c> (embedded resources): one section per feature,
/// one key per text (<c>"seat": { "changed": "…" }</c> is <c>Seat.Changed</c>). Loading fails when a language file lacks a
/// key, so a deploy never speaks half a language. Add a language by adding its file.
/// </summary>
internal sealed class BrandTexts
{
    public static readonly string[] Languages = ["en", "fr"];

    public EngineTexts Engine { get; } = new();
    public WelcomeTexts Welcome { get; } = new();
    public MenuTexts Menu { get; } = new();
    public BookingTexts Booking { get; } = new();
    public FlightTexts Flight { get; } = new();
    public CompensationTexts Compensation { get; } = new();
    public SeatTexts Seat { get; } = new();
    public CheckInTexts CheckIn { get; } = new();
    public BaggageTexts Baggage { get; } = new();
    public TravelInfoTexts TravelInfo { get; } = new();
    public LostBagTexts LostBag { get; } = new();
    public HandoffTexts Handoff { get; } = new();
    public NamesTexts Names { get; } = new();
    public WhyTexts Why { get; } = new();
    public HdyhauTexts Hdyhau { get; } = new();
    public SentimentTexts Sentiment { get; } = new();
    public PrivacyTexts Privacy { get; } = new();

    public static BrandTexts Load()
    {
        var texts = new BrandTexts();
        foreach (var language in Languages)
        {
            using var document = JsonDocument.Parse(ReadResource(language));
            foreach (var (section, key, property, owner) in texts.Entries())
            {
                if (!document.RootElement.TryGetProperty(section, out var values) || !values.TryGetProperty(key, out var value)
                    || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
                    throw new InvalidOperationException($"Texts/{language}.json has no text for \"{section}.{key}\".");
                ((LocalizedText)property.GetValue(owner)!)[language] = value.GetString()!;
            }
        }
        return texts;
    }

    /// <summary>The raw JSON of a language file.</summary>
    public static string ReadResource(string language)
    {
        var name = $"DarkSocialBot.Dialogs.Texts.{language}.json";
        using var stream = typeof(BrandTexts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"No embedded resource {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Every text slot: section and key as in the JSON files, the property and the section object holding it.</summary>
    public IEnumerable<(string Section, string Key, PropertyInfo Property, object Owner)> Entries()
    {
        foreach (var section in GetType().GetProperties().Where(p => p.PropertyType.Name.EndsWith("Texts", StringComparison.Ordinal)))
        {
            var owner = section.GetValue(this)!;
            foreach (var property in section.PropertyType.GetProperties().Where(p => p.PropertyType == typeof(LocalizedText)))
                yield return (JsonNamingPolicy.CamelCase.ConvertName(section.Name), JsonNamingPolicy.CamelCase.ConvertName(property.Name), property, owner);
        }
    }
}
