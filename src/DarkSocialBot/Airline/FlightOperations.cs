using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Airline;

/// <summary>
/// Operations on demo flights (what an airline's ops system would push): a new state, gate or estimated departure. Every
/// <see cref="IFlightStatusListener"/> hears about it after it is saved; one failing listener does not stop the others.
/// </summary>
internal sealed partial class FlightOperations(
    IDbContextFactory<BotDbContext> dbFactory,
    IEnumerable<IFlightStatusListener> listeners,
    TimeProvider time,
    ILogger<FlightOperations> logger)
{
    /// <returns>The change, or null when there is no such flight.</returns>
    public async Task<FlightStatusChange?> UpdateAsync(string number, DateOnly date, FlightUpdate update, CancellationToken cancellationToken)
    {
        var flightNumber = number.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var flight = await db.Flights.FirstOrDefaultAsync(f => f.Number == flightNumber && f.Date == date, cancellationToken);
        if (flight is null) return null;
        var (previousState, previousGate) = (flight.State, flight.Gate);
        if (update.State is { } state) flight.State = state;
        if (update.Gate is not null) flight.Gate = update.Gate;
        if (update.Terminal is not null) flight.Terminal = update.Terminal;
        flight.EstimatedDeparture = update.EstimatedDeparture is { } local ? Airports.Instant(flight.Origin, local) : null;
        await db.SaveChangesAsync(cancellationToken);

        var references = await db.Bookings.AsNoTracking().Where(b => b.FlightId == flight.Id).Select(b => b.Reference).ToListAsync(cancellationToken);
        var change = new FlightStatusChange(flight.Number, flight.Date, previousState, flight.State, previousGate, flight.Gate,
            Airports.Local(flight.Origin, flight.ScheduledDeparture),
            flight.EstimatedDeparture is { } estimated ? Airports.Local(flight.Origin, estimated) : null,
            references, time.GetUtcNow());
        foreach (var listener in listeners)
        {
            try
            {
                await listener.OnFlightStatusChangedAsync(change, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogListenerFailed(logger, ex, listener.GetType().Name, flight.Number);
            }
        }
        return change;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Flight status listener {Listener} failed for flight {FlightNumber}")]
    private static partial void LogListenerFailed(ILogger logger, Exception exception, string listener, string flightNumber);
}
