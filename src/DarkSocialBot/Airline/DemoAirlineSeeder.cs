using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Airline;

/// <summary>
/// Fills an empty database with the demo airline at start, so the bot works out of the box; when every demo flight has
/// left (a database kept for days), the demo is seeded again around today, by one host at a time. Off with
/// <c>Airline:SeedDemoData=false</c>.
/// </summary>
internal sealed partial class DemoAirlineSeeder(
    IDbContextFactory<BotDbContext> dbFactory,
    IOptions<AirlineOptions> options,
    TimeProvider time,
    ILogger<DemoAirlineSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedDemoData) return;
        await SeedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <returns>true when it seeded.</returns>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Hosts sharing a PostgreSQL database start together: one seeds, the others then find its flights.
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('darksocialbot.demo-seed'))", cancellationToken);
        if (await db.Flights.AnyAsync(f => f.ScheduledDeparture > now, cancellationToken)) return false;
        await db.Flights.ExecuteDeleteAsync(cancellationToken);

        var flights = DemoAirlineData.Flights(now);
        db.Flights.AddRange(flights);
        await db.SaveChangesAsync(cancellationToken);
        var random = new Random(42);
        foreach (var flight in flights) db.Seats.AddRange(DemoAirlineData.Seats(flight, random));
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (reference, number, cabin, fare, people) in DemoAirlineData.Bookings())
        {
            var flight = flights.First(f => f.Number == number);
            var booking = new DemoBooking { Reference = reference, FlightId = flight.Id, Cabin = cabin, Fare = fare };
            booking.Passengers.AddRange(people.Select(p => new DemoPassenger { FirstName = p.First, LastName = p.Last }));
            db.Bookings.Add(booking);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (person, passenger) in people.Zip(booking.Passengers))
                await db.Seats.Where(s => s.FlightId == flight.Id && s.Code == person.Seat)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.PassengerId, passenger.Id).SetProperty(x => x.Taken, false), cancellationToken);
        }
        // John Smith (GHI321) is already checked in for his flight later today.
        await db.Passengers.Where(p => p.LastName == "Smith").ExecuteUpdateAsync(p => p
            .SetProperty(x => x.CheckedInAt, now).SetProperty(x => x.BoardingPassToken, DemoAirlineData.NewToken())
            .SetProperty(x => x.BoardingGroup, "3"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogSeeded(logger, flights.Count);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo airline seeded: {Flights} flights and their bookings (see README, Try it)")]
    private static partial void LogSeeded(ILogger logger, int flights);
}
