namespace DarkSocialBot.Core.Sentiment;

/// <summary>Which tokens belong to an idiom: <see cref="Start"/> is the idiom's first token (-1 if none), the last token
/// carries the idiom's <see cref="Valence"/>, and <see cref="Negated"/> says the idiom already contains its negation.</summary>
internal sealed class IdiomMarks
{
    public IdiomMarks(int count)
    {
        Start = new int[count];
        Array.Fill(Start, -1);
        Valence = new double?[count];
        Negated = new bool[count];
    }

    public int[] Start { get; }
    public double?[] Valence { get; }
    public bool[] Negated { get; }

    public void Mark(List<SentimentToken> tokens, LanguageRules rules)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var length = 1;
            if (rules.Idioms.TryGetValue(tokens[i].Key, out var candidates))
            {
                foreach (var (words, valence) in candidates)
                {
                    if (i + words.Length > tokens.Count || !Matches(tokens, i, words)) continue;
                    var negated = false;
                    for (var k = 0; k < words.Length; k++)
                    {
                        Start[i + k] = i;
                        negated |= rules.Negators.Contains(words[k]);
                    }
                    Valence[i + words.Length - 1] = valence;
                    Negated[i + words.Length - 1] = negated;
                    length = words.Length;
                    break;
                }
            }
            i += length;
        }
    }

    private static bool Matches(List<SentimentToken> tokens, int start, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[start + k].Key != words[k]) return false;
        }
        return true;
    }
}
