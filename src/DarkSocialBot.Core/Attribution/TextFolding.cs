using System.Globalization;
using System.Text;

namespace DarkSocialBot.Core.Attribution;

/// <summary>
/// Accent- and case-insensitive folding shared by the classifier, the sentiment lexicons, the language guess and the brand's
/// place names:
/// lower-case, accents stripped ("é" -> "e"), ligatures expanded ("œ" -> "oe"), every apostrophe variant mapped to '\''.
/// The per-character map is computed once; folding never allocates more than the result.
/// </summary>
public static class TextFolding
{
    private const int MapSize = 0x250;
    private static readonly char[] Map = BuildMap();

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4';

    /// <summary>Folds one character; returns '\0' for characters that expand (œ, æ, ß) — use <see cref="Append"/> for those.</summary>
    public static char FoldChar(char c)
    {
        if (c < MapSize) return Map[c];
        if (IsApostrophe(c)) return '\'';
        return char.ToLowerInvariant(c);
    }

    public static void Append(StringBuilder builder, char c)
    {
        switch (c)
        {
            case 'œ' or 'Œ': builder.Append("oe"); break;
            case 'æ' or 'Æ': builder.Append("ae"); break;
            case 'ß': builder.Append("ss"); break;
            default: builder.Append(FoldChar(c)); break;
        }
    }

    public static string Fold(ReadOnlySpan<char> text)
    {
        var simple = true;
        foreach (var c in text)
        {
            var f = FoldChar(c);
            if (f != c || c is 'œ' or 'Œ' or 'æ' or 'Æ' or 'ß') { simple = false; break; }
        }
        if (simple) return text.ToString();
        var builder = new StringBuilder(text.Length + 2);
        foreach (var c in text) Append(builder, c);
        return builder.ToString();
    }

    private static char[] BuildMap()
    {
        var map = new char[MapSize];
        for (var i = 0; i < MapSize; i++)
        {
            var c = (char)i;
            var lower = char.ToLowerInvariant(c);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            var folded = lower;
            foreach (var d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) { folded = d; break; }
            }
            map[i] = IsApostrophe(c) ? '\'' : folded;
        }
        return map;
    }
}
