using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Texts;

/// <summary>Baggage allowance.</summary>
internal sealed class BaggageTexts
{
    public LocalizedText AskTopic { get; } = new();
    public LocalizedText Allowance { get; } = new();
    public LocalizedText AllowanceNoChecked { get; } = new();

    /// <summary>The allowance of a fare named by the customer ("economy light"), without a booking.</summary>
    public LocalizedText FareAllowance { get; } = new();
    public LocalizedText FareAllowanceNoChecked { get; } = new();

    /// <summary>The same for every fare: liquids in the cabin, sports equipment in the hold, power banks and spare batteries in the cabin.</summary>
    public LocalizedText Liquids { get; } = new();
    public LocalizedText SportsEquipment { get; } = new();
    public LocalizedText PowerBanks { get; } = new();

    /// <summary>Musical instruments: a small one as the cabin bag, a larger one on its own seat or checked in a hard case.</summary>
    public LocalizedText Instruments { get; } = new();

    /// <summary>Adding a checked bag: where and until when, the same for every fare.</summary>
    public LocalizedText ExtraBag { get; } = new();
}
