using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Airline;

/// <summary>
/// What a demo flight looks like at a given moment: its state follows the clock (boarding 40 minutes before departure, then
/// departed, then arrived) unless operations set it; the gate shows from 3 hours before departure; times are local.
/// </summary>
internal static class FlightTimeline
{
    public static readonly TimeSpan Boarding = TimeSpan.FromMinutes(40);
    public static readonly TimeSpan GateShown = TimeSpan.FromHours(3);

    public static DateTimeOffset Departure(DemoFlight flight) => flight.EstimatedDeparture ?? flight.ScheduledDeparture;

    public static DateTimeOffset Arrival(DemoFlight flight) => flight.ScheduledArrival + (Departure(flight) - flight.ScheduledDeparture);

    public static FlightState State(DemoFlight flight, DateTimeOffset now)
    {
        if (flight.State is FlightState.Cancelled or FlightState.Departed or FlightState.Arrived) return flight.State;
        if (now >= Arrival(flight)) return FlightState.Arrived;
        if (now >= Departure(flight)) return FlightState.Departed;
        return now >= Departure(flight) - Boarding ? FlightState.Boarding : flight.State;
    }

    public static FlightStatus Status(DemoFlight flight, DateTimeOffset now)
    {
        var showGate = now >= Departure(flight) - GateShown;
        return new FlightStatus(
            flight.Number, flight.Date, flight.Origin, Airports.City(flight.Origin), flight.Destination, Airports.City(flight.Destination),
            Airports.Local(flight.Origin, flight.ScheduledDeparture),
            flight.EstimatedDeparture is { } estimated ? Airports.Local(flight.Origin, estimated) : null,
            Airports.Local(flight.Destination, flight.ScheduledArrival),
            Airports.Local(flight.Origin, Departure(flight) - Boarding),
            State(flight, now),
            flight.Terminal,
            showGate ? flight.Gate : null,
            // The demo knows a new departure time only: the flight lands as late as it leaves.
            flight.EstimatedDeparture is not null ? Airports.Local(flight.Destination, Arrival(flight)) : null);
    }

    public static CheckInWindow CheckIn(DemoFlight flight, DemoPassenger passenger, DateTimeOffset now, AirlineOptions options)
    {
        var opens = flight.ScheduledDeparture - options.CheckInOpensBefore;
        var availability = State(flight, now) switch
        {
            _ when passenger.CheckedInAt is not null => CheckInAvailability.Done,
            FlightState.Cancelled or FlightState.Departed or FlightState.Arrived => CheckInAvailability.NotPossible,
            _ when now < opens => CheckInAvailability.NotOpenYet,
            _ when now > Departure(flight) - options.CheckInClosesBefore => CheckInAvailability.Closed,
            _ => CheckInAvailability.Open,
        };
        return new CheckInWindow(availability, Airports.Local(flight.Origin, opens));
    }

    public static BaggageAllowance Allowance(Cabin cabin, Fare fare) => (cabin, fare) switch
    {
        (Cabin.Business, _) => new BaggageAllowance(2, 18, 2, 32),
        (_, Fare.Light) => new BaggageAllowance(1, 12, 0, 0),
        (_, Fare.Flex) => new BaggageAllowance(1, 12, 2, 23),
        _ => new BaggageAllowance(1, 12, 1, 23),
    };
}
