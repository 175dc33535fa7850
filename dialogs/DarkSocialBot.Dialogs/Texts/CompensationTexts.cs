using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Texts;

/// <summary>"Am I entitled to compensation?": what EU rules give for the flight, after its status ({flight}, {delay}).</summary>
internal sealed class CompensationTexts
{
    public LocalizedText Cancelled { get; } = new();

    /// <summary>Expected 3 hours or more late at arrival.</summary>
    public LocalizedText Delayed { get; } = new();

    /// <summary>Late, by less than 3 hours.</summary>
    public LocalizedText ShortDelay { get; } = new();
    public LocalizedText NoDelay { get; } = new();

    /// <summary>The offer of a colleague to file the claim.</summary>
    public LocalizedText ClaimOffer { get; } = new();
}
