using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Texts;

/// <summary>Finding a booking (reference + last name) and showing it.</summary>
internal sealed class BookingTexts
{
    public LocalizedText AskReference { get; } = new();
    public LocalizedText ReferenceRetry { get; } = new();
    public LocalizedText AskLastName { get; } = new();
    public LocalizedText LastNameRetry { get; } = new();
    public LocalizedText NotFound { get; } = new();
    public LocalizedText Found { get; } = new();
    public LocalizedText UseSaved { get; } = new();
    public LocalizedText Summary { get; } = new();
    public LocalizedText SeatAssigned { get; } = new();
    public LocalizedText NoSeat { get; } = new();
    public LocalizedText CheckedIn { get; } = new();
    public LocalizedText GaveUp { get; } = new();

    /// <summary>After a reference and name that matched no booking: the reference again, or the corrected last name alone.</summary>
    public LocalizedText AskAgain { get; } = new();

    /// <summary>"I don't have my reference": where to find it, and that a colleague can look the booking up.</summary>
    public LocalizedText WhereReference { get; } = new();
}
