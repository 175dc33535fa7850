using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Attribution;

/// <summary>Section <c>sentiment</c> of the brand's texts: the offer of a human sent once when a customer sounds very unhappy.</summary>
public sealed class SentimentTexts
{
    public LocalizedText AgentOffer { get; } = new();
    public LocalizedText AgentChoice { get; } = new();
}
