using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Airline;

/// <summary>
/// A flight on a date, with its state, terminal and gate. Times are local to the airport they happen at (departure and
/// boarding at the origin, arrival at the destination), as printed on a boarding pass; city names are in every language.
/// <see cref="ScheduledArrival"/> is the timetable's; <see cref="EstimatedArrival"/> the expected one when the flight data has
/// it (a late flight may make up time in the air, or lose more): EU compensation is decided by the delay at arrival.
/// </summary>
internal sealed record FlightStatus(
    string Number,
    DateOnly Date,
    string Origin,
    LocalizedText OriginCity,
    string Destination,
    LocalizedText DestinationCity,
    DateTime ScheduledDeparture,
    DateTime? EstimatedDeparture,
    DateTime ScheduledArrival,
    DateTime? BoardingTime,
    FlightState State,
    string? Terminal,
    string? Gate,
    DateTime? EstimatedArrival = null)
{
    /// <summary>When the flight is expected to land: the estimate when there is one, else the timetable's time.</summary>
    public DateTime ExpectedArrival => EstimatedArrival ?? ScheduledArrival;

    /// <summary>How late the flight is expected to land; without an arrival estimate, as late as it leaves.</summary>
    public TimeSpan ArrivalDelay => EstimatedArrival is { } arrival ? arrival - ScheduledArrival
        : EstimatedDeparture is { } departure ? departure - ScheduledDeparture
        : TimeSpan.Zero;

    /// <summary>"NM 1234": the number as printed.</summary>
    public string DisplayNumber => AirlineEntities.DisplayFlightNumber(Number);
}
