namespace DarkSocialBot.Dialogs.Airline;

/// <summary>What happened to a check-in: a boarding pass, or when check-in opens, or why not.</summary>
internal sealed record CheckInResult(CheckInOutcome Outcome, BoardingPass? BoardingPass = null, DateTime? OpensAt = null);

internal enum CheckInOutcome
{
    CheckedIn,
    AlreadyCheckedIn,

    /// <summary>Too early: check-in opens at <see cref="CheckInResult.OpensAt"/> (local time at the origin).</summary>
    NotOpenYet,

    /// <summary>Too late: check-in closed before departure.</summary>
    Closed,

    /// <summary>The flight is cancelled or has no seat for the passenger.</summary>
    NotPossible,

    BookingNotFound,
}
