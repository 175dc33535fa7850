using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using DarkSocialBot.Core.Activities;

namespace DarkSocialBot.Core.Recognizers;

/// <summary>
/// The text shape our own matchers compare: lower case, accents removed, words split on anything that is not a letter
/// or digit (so "d'accord" is "d accord"), emoji kept as words of their own (skin tones and variation selectors dropped).
/// </summary>
internal static class TextNormalizer
{
    /// <summary>Text longer than this is cut before recognition: a customer answer is short, a paste is not.</summary>
    public const int MaxRecognizedLength = 1000;

    // Words that carry no choice or intent on their own, in English and French (accents removed).
    private static readonly HashSet<string> StopWords =
    [
        "the", "a", "an", "one", "i", "im", "id", "d", "ll", "m", "want", "like", "take", "please", "option", "choice", "number", "nr",
        "to", "me", "my", "it", "is", "that", "this", "and", "of", "for", "with", "would", "can", "could", "you", "need", "about",
        "le", "la", "les", "l", "un", "une", "de", "du", "des", "je", "j", "veux", "voudrais", "prends", "choix", "numero", "n", "svp",
        "stp", "plait", "s", "il", "vous", "celle", "celui", "ci", "c", "est", "et", "au", "aux", "mon", "ma", "mes", "pour",
        "avec", "pouvez", "peux", "besoin",
    ];

    private static readonly ConcurrentDictionary<string, (string, string[])> OfferedTexts = new(StringComparer.Ordinal);

    public static bool IsStopWord(string token) => StopWords.Contains(token);

    public static string Clip(string? text) =>
        text is null ? "" : TextPrefix.Cut(text, MaxRecognizedLength).Trim();

    public static string[] Tokens(string? text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in RemoveAccents(Clip(text)).ToLowerInvariant().EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                current.Append(utf16[..rune.EncodeToUtf16(utf16)]);
                continue;
            }
            var category = Rune.GetUnicodeCategory(rune);
            Flush(tokens, current);
            if (category is UnicodeCategory.OtherSymbol || (category is UnicodeCategory.MathSymbol && rune.Value > 0x2000))
                tokens.Add(rune.ToString());
        }
        Flush(tokens, current);
        return [.. tokens];
    }

    public static string Normalize(string? text) => string.Join(' ', Tokens(text));

    /// <summary>
    /// The normalized form and the words (stop words left out) of a text the bot itself offers (an option's value, title or
    /// synonym): these repeat on every turn a prompt is answered, so they are computed once (the cache is bounded).
    /// </summary>
    public static (string Normalized, string[] Content) OfferedText(string text)
    {
        if (OfferedTexts.TryGetValue(text, out var known)) return known;
        if (OfferedTexts.Count >= 20_000) OfferedTexts.Clear();
        var tokens = Tokens(text);
        return OfferedTexts[text] = (string.Join(' ', tokens), [.. tokens.Where(t => !IsStopWord(t))]);
    }

    public static string RemoveAccents(string text)
    {
        if (Ascii.IsValid(text)) return text; // nothing to remove
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Equal, or (both words at least 5 letters) one edit apart: insert, delete, substitute or swap neighbours. Shorter words
    /// one edit apart are too often other real words: "cost" is not "lost", "hate" not "late", "lien" not "lied".
    /// </summary>
    public static bool FuzzyEquals(string input, string expected) => FuzzyEquals(input, expected, MinTypoLength);

    /// <summary>Like <see cref="FuzzyEquals(string, string)"/>, for a closed list of short words (yes, no, nope) where 4 letters may take a typo.</summary>
    public static bool FuzzyEquals(string input, string expected, int minTypoLength) =>
        string.Equals(input, expected, StringComparison.Ordinal)
        || (input.Length >= minTypoLength && expected.Length >= minTypoLength && IsOneEditApart(input, expected) && !IsCommonWord(input));

    /// <summary>
    /// A word customers write as itself, never as a typo of its neighbour: "about" is not "abort", "think" not "thank",
    /// « argent » not "agent", « abord » (d'abord) not "abort".
    /// </summary>
    public static bool IsCommonWord(string token) => CommonWords.Contains(token);

    // Frequent English and French words of five letters or more (accents removed), beyond the stop words.
    private static readonly FrozenSet<string> CommonWords = FrozenSet.Create(StringComparer.Ordinal,
        "about", "above", "after", "again", "against", "almost", "along", "already", "although", "always", "among", "another",
        "anyone", "anything", "around", "asked", "being", "below", "better", "between", "bring", "brought", "cause",
        "coming", "could", "doing", "during", "either", "enough", "every", "first", "found", "given", "going", "having",
        "maybe", "might", "never", "often", "other", "quite", "rather", "really", "right", "since", "still", "these",
        "thing", "think", "those", "though", "three", "through", "today", "under", "until", "water", "where", "which",
        "while", "whole", "whose", "would", "write", "wrong", "money", "house", "world", "night", "later", "sorry",
        "abord", "alors", "apres", "argent", "aucun", "aussi", "autre", "avant", "avoir", "cette", "celle", "celui",
        "chaque", "chose", "comme", "comment", "contre", "depuis", "devant", "encore", "enfin", "entre", "faire",
        "heure", "jamais", "juste", "maintenant", "merci", "mieux", "moins", "parce", "pendant",
        "personne", "petit", "petite", "pourquoi", "quand", "quelle", "quelque", "selon",
        "seulement", "sinon", "souvent", "toujours", "toute", "vraiment", "demain", "matin", "semaine");

    /// <summary>The shortest word that may take a typo.</summary>
    public const int MinTypoLength = 5;

    /// <summary>Whether any of <paramref name="words"/> is <paramref name="word"/>, one typo allowed (<see cref="FuzzyEquals"/>).</summary>
    public static bool ContainsFuzzy(string[] words, string word)
    {
        foreach (var candidate in words)
            if (FuzzyEquals(candidate, word)) return true;
        return false;
    }

    /// <summary>Damerau-Levenshtein (optimal string alignment) distance exactly 1.</summary>
    public static bool IsOneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length)
        {
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))) return true;
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return shorter.AsSpan(i).SequenceEqual(longer.AsSpan(i + 1));
    }

    private static void Flush(List<string> tokens, StringBuilder current)
    {
        if (current.Length == 0) return;
        tokens.Add(current.ToString());
        current.Clear();
    }
}
