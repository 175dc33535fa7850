namespace DarkSocialBot.Core.Sentiment;

/// <summary>
/// The sentiment of one message, VADER style: <see cref="Compound"/> in -1..1 (normalised sum of valences, x/√(x²+15));
/// <see cref="Positive"/>, <see cref="Negative"/>, <see cref="Neutral"/> are the proportions of the text in each polarity (sum ≈ 1).
/// <see cref="Language"/> is the lexicon used ("en" or "fr").
/// </summary>
public sealed record SentimentScore(double Compound, double Positive, double Negative, double Neutral, SentimentLabel Label, string Language)
{
    public const double PositiveThreshold = 0.05;
    public const double NegativeThreshold = -0.05;

    public static SentimentLabel LabelOf(double compound) =>
        compound >= PositiveThreshold ? SentimentLabel.Positive : compound <= NegativeThreshold ? SentimentLabel.Negative : SentimentLabel.Neutral;

    internal static SentimentScore Empty(string language) => new(0, 0, 0, 0, SentimentLabel.Neutral, language);
}
