namespace DarkSocialBot.Dialogs.Airline;

/// <summary>Whether a passenger can check in now, and when check-in opens (local time at the origin).</summary>
internal sealed record CheckInWindow(CheckInAvailability Availability, DateTime OpensAt);

internal enum CheckInAvailability
{
    Open,
    NotOpenYet,
    Closed,

    /// <summary>The flight is cancelled (or departed).</summary>
    NotPossible,

    /// <summary>Already checked in.</summary>
    Done,
}
