using DarkSocialBot.Core.Localization;
using Microsoft.Recognizers.Text;

namespace DarkSocialBot.Core.Recognizers;

/// <summary>Maps a customer's locale to the culture code Microsoft.Recognizers.Text understands (English when unsupported).</summary>
internal static class RecognizerCulture
{
    public static string For(string? locale) => Locales.Language(locale) switch
    {
        "fr" => Culture.French,
        "es" => Culture.Spanish,
        "pt" => Culture.Portuguese,
        "de" => Culture.German,
        "nl" => Culture.Dutch,
        "it" => Culture.Italian,
        _ => Culture.English,
    };
}
