using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Tests.Brand;

/// <summary>The demo airline, except that its first flight status lookup fails as a brand's API sometimes does.</summary>
internal sealed class FailingOnceAirline
{
    private int _calls;

    public IAirlineBackend Wrap(IAirlineBackend inner) => new Failing(inner, this);

    private sealed class Failing(IAirlineBackend inner, FailingOnceAirline owner) : IAirlineBackend
    {
        public Task<FlightStatus?> GetFlightStatusAsync(string flightNumber, DateOnly date, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref owner._calls) == 1
                ? throw new HttpRequestException("The brand's API is down.")
                : inner.GetFlightStatusAsync(flightNumber, date, cancellationToken);

        public Task<IReadOnlyList<DateOnly>> GetFlightDatesAsync(string flightNumber, DateOnly from, CancellationToken cancellationToken) =>
            inner.GetFlightDatesAsync(flightNumber, from, cancellationToken);
        public Task<IReadOnlyList<Airport>> GetAirportsAsync(CancellationToken cancellationToken) => inner.GetAirportsAsync(cancellationToken);
        public Task<IReadOnlyList<FlightStatus>> FindFlightsAsync(string origin, string destination, DateOnly from, CancellationToken cancellationToken) =>
            inner.FindFlightsAsync(origin, destination, from, cancellationToken);
        public Task<Booking?> FindBookingAsync(BookingKey key, CancellationToken cancellationToken) => inner.FindBookingAsync(key, cancellationToken);
        public Task<SeatMap?> GetSeatMapAsync(BookingKey key, CancellationToken cancellationToken) => inner.GetSeatMapAsync(key, cancellationToken);
        public Task<SeatChangeResult> ChangeSeatAsync(BookingKey key, string seat, CancellationToken cancellationToken) =>
            inner.ChangeSeatAsync(key, seat, cancellationToken);
        public Task<CheckInResult> CheckInAsync(BookingKey key, CancellationToken cancellationToken) => inner.CheckInAsync(key, cancellationToken);
        public Task<BaggageAllowance?> GetBaggageAllowanceAsync(BookingKey key, CancellationToken cancellationToken) =>
            inner.GetBaggageAllowanceAsync(key, cancellationToken);
        public Task<BaggageAllowance> GetFareAllowanceAsync(Cabin cabin, Fare fare, CancellationToken cancellationToken) =>
            inner.GetFareAllowanceAsync(cabin, fare, cancellationToken);
        public Task<LostBagReport?> ReportLostBagAsync(LostBagRequest request, CancellationToken cancellationToken) =>
            inner.ReportLostBagAsync(request, cancellationToken);
    }
}
