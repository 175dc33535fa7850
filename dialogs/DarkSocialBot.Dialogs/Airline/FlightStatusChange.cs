namespace DarkSocialBot.Dialogs.Airline;

/// <summary>
/// A flight's status, gate or time changed (delay, gate change, cancellation): what broadcasts need to tell the booked
/// passengers. Times are local at the origin.
/// </summary>
public sealed record FlightStatusChange(
    string FlightNumber,
    DateOnly Date,
    FlightState PreviousState,
    FlightState State,
    string? PreviousGate,
    string? Gate,
    DateTime ScheduledDeparture,
    DateTime? EstimatedDeparture,
    IReadOnlyList<string> BookingReferences,
    DateTimeOffset ChangedAt);
