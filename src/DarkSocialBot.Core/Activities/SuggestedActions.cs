namespace DarkSocialBot.Core.Activities;

/// <summary>Choices offered with a message; adapters render them per channel (quick replies, buttons, numbered text).</summary>
public sealed class SuggestedActions
{
    public IList<string>? To { get; set; }
    public IList<CardAction> Actions { get; set; } = [];
}
