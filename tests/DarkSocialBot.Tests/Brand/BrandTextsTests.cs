using System.Text.Json;
using System.Text.RegularExpressions;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Tests.Brand;

/// <summary>Everything the bot says lives in Texts/en.json and Texts/fr.json: the same keys, nothing empty, the same placeholders.</summary>
public sealed partial class BrandTextsTests
{
    [Fact]
    public void Both_languages_have_the_same_keys_and_no_empty_text()
    {
        var english = Flatten("en");
        var french = Flatten("fr");

        Assert.Equal(english.Keys.Order(), french.Keys.Order());
        Assert.All(english.Concat(french), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{pair.Key} is empty"));
    }

    [Fact]
    public void Every_text_the_dialogs_use_is_in_the_files_and_every_file_text_is_used()
    {
        var texts = BrandTexts.Load();
        var slots = texts.Entries().Select(e => $"{e.Section}.{e.Key}").Order().ToList();

        Assert.Equal(Flatten("en").Keys.Order(), slots);
        Assert.All(texts.Entries(), e => Assert.All(BrandTexts.Languages, language =>
            Assert.False(string.IsNullOrWhiteSpace(((Core.Localization.LocalizedText)e.Property.GetValue(e.Owner)!).Texts[language]))));
    }

    [Fact]
    public void A_text_uses_the_same_placeholders_in_every_language()
    {
        var english = Flatten("en");
        var french = Flatten("fr");

        Assert.All(english, pair => Assert.Equal(Placeholders(pair.Value), Placeholders(french[pair.Key])));
    }

    private static Dictionary<string, string> Flatten(string language)
    {
        using var document = JsonDocument.Parse(BrandTexts.ReadResource(language));
        return document.RootElement.EnumerateObject()
            .SelectMany(section => section.Value.EnumerateObject().Select(text => ($"{section.Name}.{text.Name}", text.Value.GetString() ?? "")))
            .ToDictionary(pair => pair.Item1, pair => pair.Item2);
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order()];

    [GeneratedRegex(@"\{([a-zA-Z]+)[^}]*\}")]
    private static partial Regex Placeholder();
}
