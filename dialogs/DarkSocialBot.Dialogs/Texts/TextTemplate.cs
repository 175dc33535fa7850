using System.Text.RegularExpressions;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Dialogs.Texts;

/// <summary>
/// Fills <c>{name}</c> and <c>{name:format}</c> placeholders in every language of a text, formatting each value in that
/// language's culture ("{date:dddd d MMMM}" is "Friday 14 March" and "vendredi 14 mars"); a value that is itself a
/// <see cref="LocalizedText"/> (a cabin name, a gate sentence) is taken in the same language. Unknown placeholders stay.
/// </summary>
internal static partial class TextTemplate
{
    public static LocalizedText Fill(this LocalizedText text, params (string Name, object? Value)[] values)
    {
        var filled = new LocalizedText();
        foreach (var (language, template) in text.Texts) filled[language] = Fill(template, language, values).Trim();
        return filled;
    }

    /// <summary>Two texts as one message, sentence after sentence, in every language both have.</summary>
    public static LocalizedText Then(this LocalizedText first, LocalizedText second)
    {
        var joined = new LocalizedText();
        foreach (var language in first.Texts.Keys) joined[language] = $"{first.Get(language)} {second.Get(language)}".Trim();
        return joined;
    }

    private static string Fill(string template, string language, (string Name, object? Value)[] values) =>
        Placeholder().Replace(template, match =>
        {
            var name = match.Groups["name"].Value;
            var index = Array.FindIndex(values, v => v.Name == name);
            if (index < 0) return match.Value;
            var format = match.Groups["format"].Success ? match.Groups["format"].Value : null;
            return values[index].Value switch
            {
                null => "",
                LocalizedText localized => localized.Get(language),
                IFormattable formattable => formattable.ToString(format, Locales.Culture(language)),
                var other => other.ToString() ?? "",
            };
        });

    [GeneratedRegex(@"\{(?<name>[a-zA-Z]+)(?::(?<format>[^{}]+))?\}", RegexOptions.CultureInvariant, MatchTimeout.Milliseconds)]
    private static partial Regex Placeholder();
}
