namespace DarkSocialBot.Core.Sentiment;

/// <summary>VADER's reading of the compound score: ≥ 0.05 positive, ≤ -0.05 negative, neutral between.</summary>
public enum SentimentLabel
{
    Neutral,
    Positive,
    Negative,
}
