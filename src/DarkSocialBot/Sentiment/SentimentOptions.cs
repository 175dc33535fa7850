using System.ComponentModel.DataAnnotations;

namespace DarkSocialBot.Sentiment;

/// <summary>Section <c>Sentiment</c>: when a customer sounds unhappy enough to be offered a human.</summary>
public sealed class SentimentOptions
{
    public const string SectionName = "Sentiment";

    /// <summary>A message scoring this low or lower (compound, -1..1) gets, once per conversation, the offer of a human agent.</summary>
    [Range(-1.0, 0.0)]
    public double AgentOfferThreshold { get; set; } = -0.6;
}
