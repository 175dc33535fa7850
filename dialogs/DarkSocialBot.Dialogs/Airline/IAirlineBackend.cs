namespace DarkSocialBot.Dialogs.Airline;

/// <summary>
/// The brand's systems as the dialogs see them: bookings, flights, seats, check-in and baggage. A booking is always
/// reached with its reference and the passenger's last name (<see cref="BookingKey"/>), as at an airport desk, and every
/// call checks that pair again. The default implementation is the demo airline in the bot's database; a real brand
/// plugs in its own API here.
/// </summary>
internal interface IAirlineBackend
{
    /// <summary>The booking as seen by the passenger with that last name, or null (wrong reference or name).</summary>
    Task<Booking?> FindBookingAsync(BookingKey key, CancellationToken cancellationToken);

    /// <summary>The flight with that number departing on that (local) date, or null.</summary>
    Task<FlightStatus?> GetFlightStatusAsync(string flightNumber, DateOnly date, CancellationToken cancellationToken);

    /// <summary>The (local) dates a flight number operates from <paramref name="from"/> on, soonest first (a week at most).</summary>
    Task<IReadOnlyList<DateOnly>> GetFlightDatesAsync(string flightNumber, DateOnly from, CancellationToken cancellationToken);

    /// <summary>The airports the airline flies to, with their cities' names: to find a route in what customers write.</summary>
    Task<IReadOnlyList<Airport>> GetAirportsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The flights from one airport to another departing from <paramref name="from"/> on (local dates), soonest first (a week
    /// at most): "is the Paris to Amsterdam flight tomorrow on time?" asked without a flight number.
    /// </summary>
    Task<IReadOnlyList<FlightStatus>> FindFlightsAsync(string origin, string destination, DateOnly from, CancellationToken cancellationToken);

    /// <summary>The seats of the passenger's cabin on the booked flight, free or not; null when the booking is not found.</summary>
    Task<SeatMap?> GetSeatMapAsync(BookingKey key, CancellationToken cancellationToken);

    Task<SeatChangeResult> ChangeSeatAsync(BookingKey key, string seat, CancellationToken cancellationToken);

    /// <summary>Checks the passenger in (when check-in is open) and returns the boarding pass.</summary>
    Task<CheckInResult> CheckInAsync(BookingKey key, CancellationToken cancellationToken);

    Task<BaggageAllowance?> GetBaggageAllowanceAsync(BookingKey key, CancellationToken cancellationToken);

    /// <summary>What a fare includes in a cabin, for a customer who asks by fare ("Light in Economy") rather than by booking.</summary>
    Task<BaggageAllowance> GetFareAllowanceAsync(Cabin cabin, Fare fare, CancellationToken cancellationToken);

    /// <summary>Files a lost or delayed bag report; null when the booking is not found.</summary>
    Task<LostBagReport?> ReportLostBagAsync(LostBagRequest request, CancellationToken cancellationToken);
}
