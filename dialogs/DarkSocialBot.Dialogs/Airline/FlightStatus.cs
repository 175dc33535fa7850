using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Airline;

/// <summary>
/// A flight on a date, with its state, terminal and gate. Times are local to the airport they happen at (departure and
/// boarding at the origin, arrival at the destination), as printed on a boarding pass; city names are in every language.
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
    string? Gate)
{
    /// <summary>"NM 1234": the number as printed.</summary>
    public string DisplayNumber => AirlineEntities.DisplayFlightNumber(Number);
}
