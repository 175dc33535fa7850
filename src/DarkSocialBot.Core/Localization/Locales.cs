using System.Globalization;

namespace DarkSocialBot.Core.Localization;

/// <summary>Small helpers over BCP-47 locales ("fr-FR", "en", "fr_fr").</summary>
public static class Locales
{
    /// <summary>The lower-case language part: "fr-FR" -> "fr"; empty for an empty locale.</summary>
    public static string Language(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale)) return "";
        var end = locale.IndexOfAny(['-', '_']);
        var language = (end < 0 ? locale.AsSpan() : locale.AsSpan(0, end)).Trim();
        // The languages the bot speaks come back as shared strings: this runs many times per turn.
        if (language.Equals("en", StringComparison.OrdinalIgnoreCase)) return "en";
        if (language.Equals("fr", StringComparison.OrdinalIgnoreCase)) return "fr";
        return language.ToString().ToLowerInvariant();
    }

    /// <summary>The region part ("fr-FR" -> "FR"), or the usual region of the language, or "US".</summary>
    public static string Region(string? locale)
    {
        if (!string.IsNullOrWhiteSpace(locale))
        {
            var parts = locale.Split('-', '_');
            if (parts.Length > 1 && parts[^1].Length == 2 && parts[^1].All(char.IsLetter)) return parts[^1].ToUpperInvariant();
        }
        return Language(locale) switch
        {
            "fr" => "FR",
            "nl" => "NL",
            "de" => "DE",
            "es" => "ES",
            "it" => "IT",
            "pt" => "PT",
            "en" or "" => "US",
            var language => TryRegionOf(language) ?? "US",
        };
    }

    public static CultureInfo Culture(string? locale)
    {
        try { return CultureInfo.GetCultureInfo(string.IsNullOrWhiteSpace(locale) ? "en-US" : locale); }
        catch (CultureNotFoundException) { return CultureInfo.GetCultureInfo("en-US"); }
    }

    private static string? TryRegionOf(string language)
    {
        try { return new RegionInfo(CultureInfo.CreateSpecificCulture(language).Name).TwoLetterISORegionName; }
        catch (ArgumentException) { return null; }
    }
}
