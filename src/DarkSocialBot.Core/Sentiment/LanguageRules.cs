using System.Collections.Frozen;

namespace DarkSocialBot.Core.Sentiment;

/// <summary>
/// Everything language-specific the VADER scorer needs: lexicon, boosters/dampeners, negators, idioms and contrast words.
/// Built once per language (see <see cref="EnglishRules"/>, <see cref="FrenchRules"/>) and immutable afterwards.
/// </summary>
internal sealed class LanguageRules
{
    public required string Language { get; init; }
    public required FrozenDictionary<string, double> Lexicon { get; init; }
    public required FrozenDictionary<string, double> Emoji { get; init; }
    /// <summary>Emoticons (":)", "<3") come from the English VADER lexicon whatever the language.</summary>
    public required FrozenDictionary<string, double> Emoticons { get; init; }
    public required FrozenDictionary<string, double> Boosters { get; init; }
    /// <summary>Boosters that are also sentiment words ("super", "bien"): a booster only before another sentiment word.</summary>
    public FrozenSet<string> DualBoosters { get; init; } = FrozenSet<string>.Empty;
    public required FrozenSet<string> Negators { get; init; }
    /// <summary>Idioms by first word: the words and the valence that replaces theirs ("pas mal" +1.5, "the shit" +3).</summary>
    public required FrozenDictionary<string, (string[] Words, double Valence)[]> Idioms { get; init; }
    public required FrozenSet<string> Contrast { get; init; }
    public required FrozenSet<string> NeverWords { get; init; }
    public required FrozenSet<string> SoWords { get; init; }
    /// <summary>French: one negation per word whatever the number of markers ("ne … pas"), a trailing "pas" negates
    /// ("j'aime pas"), the window stops at clause punctuation and plural/feminine endings are tried.</summary>
    public bool FrenchNegation { get; init; }

    public double? Valence(in SentimentToken token)
    {
        if (token.IsEmoji) return Emoji.TryGetValue(token.Key, out var e) ? e : null;
        var key = token.Key;
        if (Lexicon.TryGetValue(key, out var v)) return v;
        if (!IsWord(key) && Emoticons.TryGetValue(key, out var emoticon)) return emoticon;
        if (!FrenchNegation || key.Length < 4) return null;
        if (key[^1] is 's' or 'x' && Lexicon.TryGetValue(key[..^1], out v)) return v;
        if (key[^1] == 'e' && Lexicon.TryGetValue(key[..^1], out v)) return v;
        if (key.EndsWith("es", StringComparison.Ordinal) && Lexicon.TryGetValue(key[..^2], out v)) return v;
        return null;
    }

    public static FrozenDictionary<string, (string[] Words, double Valence)[]> IdiomTable(IEnumerable<(string Phrase, double Valence)> idioms, Func<string, string> key) =>
        idioms.Select(i => (Words: i.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(key).ToArray(), i.Valence))
            .GroupBy(i => i.Words[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(i => i.Words.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>Emoticons contain a symbol (":)", "<3", ":-d"); "l" or "xd" typed as words are not emoticons.</summary>
    private static bool IsWord(string key)
    {
        foreach (var c in key) if (!char.IsLetterOrDigit(c)) return false;
        return true;
    }
}
