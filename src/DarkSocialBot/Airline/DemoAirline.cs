using System.Globalization;
using System.Text;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Airline;

/// <summary>
/// The default brand backend: a demo airline in the bot's own database (flights, seats, bookings, passengers, bag reports),
/// seeded by <see cref="DemoAirlineSeeder"/>. A booking opens with its reference and a passenger's last name, compared
/// without case, accents, spaces or hyphens ("dupont" opens "Dupont", "le-roy" opens "Le Roy").
/// </summary>
internal sealed partial class DemoAirline(
    IDbContextFactory<BotDbContext> dbFactory,
    IOptions<AirlineOptions> options,
    TimeProvider time) : IAirlineBackend
{
    public const string AirlineCode = "NM";

    public async Task<Booking?> FindBookingAsync(BookingKey key, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(db, key, cancellationToken) is not { } found) return null;
        var (booking, passenger, flight) = found;
        var seat = await db.Seats.AsNoTracking().Where(s => s.PassengerId == passenger.Id).Select(s => s.Code).FirstOrDefaultAsync(cancellationToken);
        var now = time.GetUtcNow();
        return new Booking(booking.Reference, passenger.FirstName, passenger.LastName, FlightTimeline.Status(flight, now),
            booking.Cabin, booking.Fare, seat, FlightTimeline.CheckIn(flight, passenger, now, options.Value), booking.Passengers.Count);
    }

    public async Task<FlightStatus?> GetFlightStatusAsync(string flightNumber, DateOnly date, CancellationToken cancellationToken)
    {
        var number = flightNumber.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var flight = await db.Flights.AsNoTracking().FirstOrDefaultAsync(f => f.Number == number && f.Date == date, cancellationToken);
        return flight is null ? null : FlightTimeline.Status(flight, time.GetUtcNow());
    }

    public async Task<IReadOnlyList<DateOnly>> GetFlightDatesAsync(string flightNumber, DateOnly from, CancellationToken cancellationToken)
    {
        var number = flightNumber.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Flights.AsNoTracking().Where(f => f.Number == number && f.Date >= from && f.Date <= from.AddDays(7))
            .OrderBy(f => f.Date).Select(f => f.Date).ToListAsync(cancellationToken);
    }

    public Task<IReadOnlyList<Airport>> GetAirportsAsync(CancellationToken cancellationToken) => AirportList;

    // The demo airline's airports never change: one list (and so one index of their names, see FlightRoute) for the process.
    private static readonly Task<IReadOnlyList<Airport>> AirportList =
        Task.FromResult<IReadOnlyList<Airport>>([.. Airports.Codes.Select(code => new Airport(code, Airports.City(code)))]);

    public async Task<IReadOnlyList<FlightStatus>> FindFlightsAsync(string origin, string destination, DateOnly from,
        CancellationToken cancellationToken)
    {
        var (start, end) = (origin.Trim().ToUpperInvariant(), destination.Trim().ToUpperInvariant());
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var flights = await db.Flights.AsNoTracking()
            .Where(f => f.Origin == start && f.Destination == end && f.Date >= from && f.Date <= from.AddDays(7))
            .OrderBy(f => f.ScheduledDeparture)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return [.. flights.Select(f => FlightTimeline.Status(f, now))];
    }

    public async Task<SeatMap?> GetSeatMapAsync(BookingKey key, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(db, key, cancellationToken) is not { } found) return null;
        var (booking, passenger, flight) = found;
        var seats = await db.Seats.AsNoTracking()
            .Where(s => s.FlightId == flight.Id && s.Cabin == booking.Cabin)
            .OrderBy(s => s.Row).ThenBy(s => s.Letter)
            .ToListAsync(cancellationToken);
        return new SeatMap(flight.Number, booking.Cabin, seats.FirstOrDefault(s => s.PassengerId == passenger.Id)?.Code,
            [.. seats.Select(s => new SeatInfo(s.Code, s.Row, s.Letter[0], s.Position, s.PassengerId is null && !s.Taken, s.ExtraLegroom))],
            [.. booking.Passengers.OrderBy(p => p.Id != passenger.Id).ThenBy(p => p.Id)
                .Select(p => new SeatedPassenger(p.FirstName, p.LastName, seats.FirstOrDefault(s => s.PassengerId == p.Id)?.Code))]);
    }

    public async Task<BaggageAllowance?> GetBaggageAllowanceAsync(BookingKey key, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await FindAsync(db, key, cancellationToken) is { } found ? FlightTimeline.Allowance(found.Booking.Cabin, found.Booking.Fare) : null;
    }

    public Task<BaggageAllowance> GetFareAllowanceAsync(Cabin cabin, Fare fare, CancellationToken cancellationToken) =>
        Task.FromResult(FlightTimeline.Allowance(cabin, fare));

    private static async Task<(DemoBooking Booking, DemoPassenger Passenger, DemoFlight Flight)?> FindAsync(BotDbContext db, BookingKey key,
        CancellationToken cancellationToken)
    {
        var reference = key.Reference.Trim().ToUpperInvariant();
        var booking = await db.Bookings.AsNoTracking().Include(b => b.Passengers).FirstOrDefaultAsync(b => b.Reference == reference, cancellationToken);
        var passenger = booking?.Passengers.FirstOrDefault(p => Fold(p.LastName) == Fold(key.LastName));
        if (booking is null || passenger is null) return null;
        var flight = await db.Flights.AsNoTracking().FirstAsync(f => f.Id == booking.FlightId, cancellationToken);
        return (booking, passenger, flight);
    }

    private static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
            if (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToUpperInvariant(c));
        return builder.ToString();
    }
}
