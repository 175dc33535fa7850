using System.Text.RegularExpressions;
using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Attribution;

/// <summary>
/// Fills <c>{name}</c> and <c>{name:format}</c> placeholders of a text in one language, formatting values in that language's
/// culture (<c>{since:d}</c> is 11/23/2026 or 23/11/2026); a <see cref="LocalizedText"/> value is taken in the same language.
/// Unknown placeholders stay as they are.
/// </summary>
public static partial class Placeholders
{
    public static string Fill(LocalizedText text, string locale, params (string Name, object? Value)[] values)
    {
        var culture = Locales.Culture(locale);
        return Placeholder().Replace(text.Get(locale), match =>
        {
            var index = Array.FindIndex(values, v => v.Name == match.Groups["name"].Value);
            if (index < 0) return match.Value;
            var format = match.Groups["format"].Success ? match.Groups["format"].Value : null;
            return values[index].Value switch
            {
                null => "",
                LocalizedText localized => localized.Get(locale),
                DateTimeOffset at => at.UtcDateTime.ToString(format, culture),
                IFormattable formattable => formattable.ToString(format, culture),
                var other => other.ToString() ?? "",
            };
        });
    }

    [GeneratedRegex(@"\{(?<name>[a-zA-Z]+)(?::(?<format>[^{}]+))?\}", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Placeholder();
}
