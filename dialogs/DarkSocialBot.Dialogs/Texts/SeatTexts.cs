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
    public LocalizedText ExtraLegroom { get; } = new();
    public LocalizedText NoneOfThatKind { get; } = new();
    public LocalizedText Full { get; } = new();
    public LocalizedText SeatRetry { get; } = new();
    public LocalizedText Taken { get; } = new();
    public LocalizedText Unknown { get; } = new();
    public LocalizedText Confirm { get; } = new();
    public LocalizedText ConfirmNew { get; } = new();
    public LocalizedText Changed { get; } = new();
    public LocalizedText NewBoardingPass { get; } = new();
    public LocalizedText TogetherNewBoardingPass { get; } = new();
    public LocalizedText Kept { get; } = new();
    public LocalizedText NotAllowed { get; } = new();
    public LocalizedText Same { get; } = new();

    // Sitting together ("next to my husband", « ensemble »): where each passenger of the booking sits, side-by-side seats.
    public LocalizedText TogetherSeat { get; } = new();
    public LocalizedText TogetherNoSeat { get; } = new();
    public LocalizedText TogetherWhere { get; } = new();
    public LocalizedText TogetherAlready { get; } = new();
    public LocalizedText TogetherOffer { get; } = new();
    public LocalizedText TogetherRetry { get; } = new();
    public LocalizedText TogetherNoNeighbour { get; } = new();
    public LocalizedText TogetherFull { get; } = new();
    public LocalizedText TogetherMove { get; } = new();
    public LocalizedText TogetherAnd { get; } = new();
    public LocalizedText TogetherConfirm { get; } = new();
    public LocalizedText TogetherChanged { get; } = new();
    public LocalizedText TogetherTaken { get; } = new();
    public LocalizedText TogetherAlone { get; } = new();
    public LocalizedText TogetherSameName { get; } = new();
    public LocalizedText TogetherColleague { get; } = new();
}
