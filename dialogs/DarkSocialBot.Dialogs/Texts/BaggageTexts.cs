using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Texts;

/// <summary>Baggage allowance.</summary>
internal sealed class BaggageTexts
{
    public LocalizedText AskTopic { get; } = new();
    public LocalizedText Allowance { get; } = new();
    public LocalizedText AllowanceNoChecked { get; } = new();

    /// <summary>The same for every fare: liquids in the cabin, sports equipment in the hold.</summary>
    public LocalizedText Liquids { get; } = new();
    public LocalizedText SportsEquipment { get; } = new();
}
