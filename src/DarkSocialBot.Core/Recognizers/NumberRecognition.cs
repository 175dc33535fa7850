using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace DarkSocialBot.Core.Recognizers;

/// <summary>Numbers ("22", "twenty two", "vingt-deux", "3,5") and ordinals ("the second one", "le dernier") in the customer's language.</summary>
public static class NumberRecognition
{
    // One recognizer for the process: building one registers every culture's models, which costs more than the parse
    // (the static helpers build one per call). Its models are cached by the library and safe to share across threads.
    private static readonly NumberRecognizer Numbers = new(NumberOptions.None);

    /// <summary>The first number in the text, or null.</summary>
    public static decimal? RecognizeNumber(string? text, string locale)
    {
        var clipped = TextNormalizer.Clip(text);
        if (clipped.Length == 0) return null;
        var culture = RecognizerCulture.For(locale);
        foreach (var result in Numbers.GetNumberModel(culture).Parse(clipped))
            if (Parse(Value(result), culture) is { } number) return number;
        return null;
    }

    /// <summary>
    /// The position (1-based) an ordinal points at among <paramref name="count"/> items: "second" -> 2,
    /// "last"/"le dernier" -> count, "second to last" -> count - 1; null when there is none or it is out of range.
    /// </summary>
    public static int? RecognizeOrdinal(string? text, string locale, int count)
    {
        var clipped = TextNormalizer.Clip(text);
        if (clipped.Length == 0) return null;
        foreach (var result in Numbers.GetOrdinalModel(RecognizerCulture.For(locale)).Parse(clipped))
        {
            var resolution = result.Resolution;
            if (resolution is null) continue;
            var relativeTo = resolution.TryGetValue("relativeTo", out var r) ? r as string : "start";
            var offsetText = resolution.TryGetValue("offset", out var o) ? o as string : null;
            if (!int.TryParse(offsetText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset)) continue;
            var position = relativeTo switch
            {
                "start" => offset,
                "end" => count + offset,
                _ => 0,
            };
            if (position >= 1 && position <= count) return position;
        }
        return null;
    }

    private static string? Value(ModelResult result) =>
        result.Resolution is { } resolution && resolution.TryGetValue("value", out var value) ? value as string : null;

    private static decimal? Parse(string? value, string culture)
    {
        if (value is null) return null;
        // Resolved values are invariant ("3.5"), except some cultures keep their decimal comma ("3,5").
        if (!value.Contains(',', StringComparison.Ordinal)
            && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var invariant))
            return invariant;
        var info = CultureInfo.GetCultureInfo(culture);
        return decimal.TryParse(value.Replace(" ", "", StringComparison.Ordinal), NumberStyles.Number, info, out var local) ? local : null;
    }
}
