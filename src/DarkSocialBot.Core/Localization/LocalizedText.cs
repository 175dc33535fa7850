using System.Text.Json.Serialization;

namespace DarkSocialBot.Core.Localization;

/// <summary>
/// A text in several languages, picked by the customer's locale at the time it is sent (so a prompt re-asked after a
/// language switch speaks the new language). Keys are BCP-47 tags or bare languages:
/// <c>new LocalizedText { ["en"] = "When?", ["fr"] = "Quand ?" }</c>. A plain string converts to a text for every language.
/// </summary>
[JsonConverter(typeof(LocalizedTextJsonConverter))]
public sealed class LocalizedText
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.OrdinalIgnoreCase);

    public LocalizedText()
    {
    }

    public LocalizedText(string text) => _texts[""] = text;

    public string this[string locale]
    {
        get => Get(locale);
        set => _texts[locale] = value;
    }

    public IReadOnlyDictionary<string, string> Texts => _texts;

    /// <summary>Exact locale, then its language, then the neutral text, then English, then any.</summary>
    public string Get(string? locale)
    {
        locale ??= "";
        if (_texts.TryGetValue(locale, out var text)) return text;
        if (_texts.TryGetValue(Locales.Language(locale), out text)) return text;
        foreach (var (key, value) in _texts)
            if (Locales.Language(key) == Locales.Language(locale) && key.Length > 0) return value;
        if (_texts.TryGetValue("", out text)) return text;
        if (_texts.TryGetValue("en", out text)) return text;
        return _texts.Values.FirstOrDefault() ?? "";
    }

    /// <summary>A copy with each text transformed (for example to fill in a name).</summary>
    public LocalizedText Map(Func<string, string> transform)
    {
        var copy = new LocalizedText();
        foreach (var (key, value) in _texts) copy._texts[key] = transform(value);
        return copy;
    }

    public static implicit operator LocalizedText(string text) => new(text);

    public static LocalizedText FromString(string text) => new(text);

    public override string ToString() => Get("en");
}
