using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Texts;

/// <summary>Seat change.</summary>
internal sealed class SeatTexts
{
    public LocalizedText Current { get; } = new();
    public LocalizedText NoSeat { get; } = new();
    public LocalizedText AskPreference { get; } = new();
    public LocalizedText FreeSeats { get; } = new();
    public LocalizedText FreeSeatsAny { get; } = new();
    public LocalizedText NoneOfThatKind { get; } = new();
    public LocalizedText Full { get; } = new();
    public LocalizedText SeatRetry { get; } = new();
    public LocalizedText Taken { get; } = new();
    public LocalizedText Unknown { get; } = new();
    public LocalizedText Confirm { get; } = new();
    public LocalizedText ConfirmNew { get; } = new();
    public LocalizedText Changed { get; } = new();
    public LocalizedText Kept { get; } = new();
    public LocalizedText NotAllowed { get; } = new();
    public LocalizedText Same { get; } = new();
}
