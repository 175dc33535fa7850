using System.Text.RegularExpressions;

namespace DarkSocialBot.Core.Recognizers;

/// <summary>One phrase or pattern of an intent, and how it scores a message.</summary>
internal sealed record IntentRule(string Intent, string Language, double Weight, string Source, string[] Words, string[] Content, Regex? Pattern)
{
    public (double Value, string Evidence) Score(string text, string[] tokens, string[] content)
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
            if (!TextNormalizer.ContainsFuzzy(content, word)) continue;
            hits.Add(word);
            if (Array.IndexOf(content, word) < 0) typos.Add(word);
        }
        if (hits.Count == 0) return (0, "");
        double value;
        string how;
        if (Contiguous(tokens)) (value, how) = (1.0, "phrase");
        else if (hits.Count == Content.Length) (value, how) = (0.85, "all words of");
        else (value, how) = (0.7 * hits.Count / Content.Length, $"{hits.Count}/{Content.Length} words of");
        if (value < 0.3) return (0, "");
        // A message that says much more than the phrase is less surely about it.
        var covered = 0;
        foreach (var token in content)
            if (TextNormalizer.ContainsFuzzy(Content, token)) covered++;
        var coverage = 0.75 + 0.25 * Math.Min(1.0, (double)covered / content.Length);
        var evidence = $"{how} \"{Source}\"" + (typos.Count > 0 ? $" (typo tolerated: {string.Join(", ", typos)})" : "")
            + (coverage < 1 ? $", covers {covered}/{content.Length} words" : "");
        return (Weight * value * coverage, evidence);
    }

    private bool Contiguous(string[] tokens)
    {
        for (var i = 0; i + Words.Length <= tokens.Length; i++)
        {
            var all = true;
            for (var j = 0; j < Words.Length && all; j++) all = TextNormalizer.FuzzyEquals(tokens[i + j], Words[j]);
            if (all) return true;
        }
        return false;
    }
}
