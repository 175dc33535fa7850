using DarkSocialBot.Core.Localization;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// "What time should I be at the airport?" for the customer's own flight: its scheduled departure (a late flight's too, with
/// its new time said) minus the airline's rule, which the general answer (<c>travelInfo.airportTime</c>) states: 2 hours before, 3 for Montreal;
/// bag drop closes 45 minutes before departure and the boarding gate 20 minutes before.
/// </summary>
internal static class AirportTime
{
    private static readonly HashSet<string> ThreeHourAirports = new(StringComparer.Ordinal) { "YUL" };
    private static readonly TimeSpan BagDropCloses = TimeSpan.FromMinutes(45);
    private static readonly TimeSpan GateCloses = TimeSpan.FromMinutes(20);

    /// <summary>The time for that flight; a flight that will not leave as planned (cancelled, gone) gets its status instead.</summary>
    public static LocalizedText For(FlightStatus flight, BrandTexts texts)
    {
        if (flight.State is not (FlightState.OnTime or FlightState.Delayed)) return FlightFacts.Status(flight, texts);
        // A delayed flight keeps the times of its timetable: a delay can shrink, and the desks close by the schedule.
        var leaves = flight.ScheduledDeparture;
        var hours = ThreeHourAirports.Contains(flight.Origin) || ThreeHourAirports.Contains(flight.Destination) ? 3 : 2;
        var time = texts.TravelInfo.AirportTimeForFlight.Fill([.. FlightFacts.Of(flight), ("leaves", leaves), ("hours", hours),
            ("at", leaves.AddHours(-hours)), ("bagDrop", leaves - BagDropCloses), ("gateCloses", leaves - GateCloses)]);
        return flight is { State: FlightState.Delayed, EstimatedDeparture: { } estimated }
            ? time.Then(texts.TravelInfo.AirportTimeDelayed.Fill(("estimated", estimated)))
            : time;
    }
}
