using System.Collections.Frozen;

namespace DarkSocialBot.Core.Attribution;

/// <summary>
/// All keyword tables, indexed once: phrases by their first word (longest first), plus a typo index for keywords marked '~'.
/// Matching walks the tokens left to right, takes the longest phrase starting at each token and consumes its words.
/// </summary>
internal sealed class CueIndex
{
    private sealed record Phrase(string[] Words, Cue[] Cues);

    private readonly FrozenDictionary<string, Phrase[]> _byFirstWord;
    private readonly FrozenDictionary<string, Cue[]> _fuzzyTargets;
    private readonly FuzzyMatcher _fuzzy;

    public CueIndex(IEnumerable<CueEntry> entries)
    {
        var list = entries.ToList();
        _byFirstWord = list
            .GroupBy(e => string.Join(' ', e.Words))
            .Select(g => new Phrase(g.First().Words, [.. g.Select(e => e.Cue).Distinct()]))
            .GroupBy(p => p.Words[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.Ordinal);
        _fuzzyTargets = list.Where(e => e.Fuzzy)
            .GroupBy(e => e.Words[0])
            .ToFrozenDictionary(g => g.Key, g => _byFirstWord[g.Key].First(p => p.Words.Length == 1).Cues, StringComparer.Ordinal);
        _fuzzy = new FuzzyMatcher(_fuzzyTargets.Keys);
    }

    public static CueIndex Default { get; } = new([.. PeopleCues.All(), .. ChannelCues.All(), .. MediaCues.All(), .. IntentCues.All()]);

    /// <summary>True when the word is a keyword, or starts a phrase, in any table.</summary>
    public bool IsKeyword(string word) => _byFirstWord.ContainsKey(word);

    public List<CueMatch> Match(AnswerToken[] tokens)
    {
        var matches = new List<CueMatch>(8);
        if (tokens is [{ Folded: "x" }]) // "X" alone is the platform; inside a sentence only "on X" / "sur X" are.
        {
            matches.Add(new CueMatch(new Cue(CueKind.Platform, "x", 0.9f), 0, 1, "x", Fuzzy: false));
            return matches;
        }
        var i = 0;
        while (i < tokens.Length)
        {
            var length = MatchPhrase(tokens, i, matches);
            if (length == 0)
            {
                // Typos only on lower-case words (or the first word): a capitalised word mid-sentence is a name ("podcast Transfert").
                var word = tokens[i].Folded;
                if ((i == 0 || !tokens[i].Capitalised) && !_byFirstWord.ContainsKey(word) && _fuzzy.Find(word) is { } keyword)
                {
                    foreach (var cue in _fuzzyTargets[keyword]) matches.Add(new CueMatch(cue, i, 1, word, Fuzzy: true));
                }
                length = 1;
            }
            i += length;
        }
        return matches;
    }

    private int MatchPhrase(AnswerToken[] tokens, int start, List<CueMatch> matches)
    {
        if (!_byFirstWord.TryGetValue(tokens[start].Folded, out var phrases)) return 0;
        foreach (var phrase in phrases)
        {
            var words = phrase.Words;
            if (start + words.Length > tokens.Length) continue;
            var equal = true;
            for (var k = 1; k < words.Length && equal; k++) equal = tokens[start + k].Folded == words[k];
            if (!equal) continue;
            var text = words.Length == 1 ? words[0] : string.Join(' ', words);
            foreach (var cue in phrase.Cues) matches.Add(new CueMatch(cue, start, words.Length, text, Fuzzy: false));
            return words.Length;
        }
        return 0;
    }
}
