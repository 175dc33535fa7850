using System.Text.RegularExpressions;

namespace DarkSocialBot.Core.Recognizers;

/// <summary>One phrase or pattern of an intent, and how it scores a message.</summary>
internal sealed record IntentRule(string Intent, string Language, double Weight, string Source, string[] Words, string[] Content, Regex? Pattern)
{
    /// <param name="vocabulary">Every word of every phrase: a message word among them is that word, never a typo of another.</param>
    public (double Value, string Evidence) Score(string text, string[] tokens, string[] content, IReadOnlySet<string> vocabulary)
    {
        if (Pattern is not null)
        {
            try
            {
                var match = Pattern.Match(text);
                return match.Success ? (Weight, $"pattern /{Source}/ matched \"{match.Value}\"") : (0, "");
            }
            catch (RegexMatchTimeoutException)
            {
                return (0, "");
            }
        }

        var hits = new List<string>(Content.Length);
        var typos = new List<string>();
        foreach (var word in Content)
        {
            if (!AnySame(content, word, vocabulary)) continue;
            hits.Add(word);
            if (Array.IndexOf(content, word) < 0) typos.Add(word);
        }
        if (hits.Count == 0) return (0, "");
        double value;
        string how;
        if (Contiguous(tokens, vocabulary)) (value, how) = (1.0, "phrase");
        else if (hits.Count == Content.Length) (value, how) = (0.85, "all words of");
        else (value, how) = (0.7 * hits.Count / Content.Length, $"{hits.Count}/{Content.Length} words of");
        if (value < 0.3) return (0, "");
        // A message that says much more than the phrase is less surely about it.
        var covered = 0;
        foreach (var token in content)
            if (Covers(Content, token, vocabulary)) covered++;
        var coverage = 0.75 + 0.25 * Math.Min(1.0, (double)covered / content.Length);
        var evidence = $"{how} \"{Source}\"" + (typos.Count > 0 ? $" (typo tolerated: {string.Join(", ", typos)})" : "")
            + (coverage < 1 ? $", covers {covered}/{content.Length} words" : "");
        return (Weight * value * coverage, evidence);
    }

    /// <summary>The message's word is the phrase's, or a typo of it unless it is a word of its own.</summary>
    public static bool Same(string token, string word, IReadOnlySet<string> vocabulary) =>
        TextNormalizer.FuzzyEquals(token, word) && (string.Equals(token, word, StringComparison.Ordinal) || !vocabulary.Contains(token));

    private static bool AnySame(string[] tokens, string word, IReadOnlySet<string> vocabulary)
    {
        foreach (var token in tokens)
            if (Same(token, word, vocabulary)) return true;
        return false;
    }

    private static bool Covers(string[] words, string token, IReadOnlySet<string> vocabulary)
    {
        foreach (var word in words)
            if (Same(token, word, vocabulary)) return true;
        return false;
    }

    private bool Contiguous(string[] tokens, IReadOnlySet<string> vocabulary)
    {
        for (var i = 0; i + Words.Length <= tokens.Length; i++)
        {
            var all = true;
            for (var j = 0; j < Words.Length && all; j++) all = Same(tokens[i + j], Words[j], vocabulary);
            if (all) return true;
        }
        return false;
    }
}
