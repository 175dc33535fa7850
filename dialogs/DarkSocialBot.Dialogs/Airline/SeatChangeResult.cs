namespace DarkSocialBot.Dialogs.Airline;

/// <summary>What happened to a seat change: the new seat, or why not.</summary>
internal sealed record SeatChangeResult(SeatChangeOutcome Outcome, string? Seat = null);

internal enum SeatChangeOutcome
{
    Changed,

    /// <summary>No such seat in the passenger's cabin, or someone else has it (perhaps since the seat map was read).</summary>
    Unavailable,

    /// <summary>The flight departed or was cancelled.</summary>
    NotAllowed,

    BookingNotFound,
}
