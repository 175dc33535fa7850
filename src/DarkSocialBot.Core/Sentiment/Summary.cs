namespace DarkSocialBot.Core.Sentiment;

/// <summary>VADER's final step: punctuation emphasis, compound normalisation x/√(x²+15), and the pos/neg/neu proportions.</summary>
internal static class Summary
{
    private const double Alpha = 15;

    public static SentimentScore Of(double[] sentiments, string text, string language)
    {
        if (sentiments.Length == 0) return SentimentScore.Empty(language);
        var sum = 0.0;
        foreach (var s in sentiments) sum += s;
        var emphasis = Emphasis(text);
        if (sum > 0) sum += emphasis;
        else if (sum < 0) sum -= emphasis;
        var compound = Math.Clamp(sum / Math.Sqrt(sum * sum + Alpha), -1.0, 1.0);

        double positive = 0, negative = 0, neutral = 0;
        foreach (var s in sentiments)
        {
            if (s > 0) positive += s + 1;
            else if (s < 0) negative += s - 1;
            else neutral += 1;
        }
        if (positive > Math.Abs(negative)) positive += emphasis;
        else if (positive < Math.Abs(negative)) negative -= emphasis;
        var total = positive + Math.Abs(negative) + neutral;
        compound = Math.Round(compound, 4);
        return new SentimentScore(compound, Math.Round(Math.Abs(positive / total), 3), Math.Round(Math.Abs(negative / total), 3),
            Math.Round(Math.Abs(neutral / total), 3), SentimentScore.LabelOf(compound), language);
    }

    /// <summary>Up to four "!" add 0.292 each; two or three "?" add 0.18 each, more add 0.96.</summary>
    private static double Emphasis(string text)
    {
        var span = text.AsSpan(0, Math.Min(text.Length, SentimentTokenizer.MaxChars));
        var exclamations = Math.Min(span.Count('!'), 4);
        var questions = span.Count('?');
        var questionEmphasis = questions > 1 ? (questions <= 3 ? questions * 0.18 : 0.96) : 0;
        return exclamations * 0.292 + questionEmphasis;
    }
}
