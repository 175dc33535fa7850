using System.Globalization;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Airline;

/// <summary>
/// Demo airline operations under the admin API: list the flights, and change a flight's status
/// (<c>PUT /api/admin/airline/flights/NM1234/2026-03-15/status</c> with <c>{"state":"Delayed","estimatedDeparture":"2026-03-15T10:40"}</c>),
/// which tells every flight status listener (broadcasts to the booked passengers).
/// </summary>
public static class AirlineAdminEndpoints
{
    public static RouteGroupBuilder MapAirlineAdmin(this RouteGroupBuilder admin)
    {
        var airline = admin.MapGroup("/airline/flights");
        airline.MapGet("/", ListAsync);
        airline.MapPut("/{number}/{date}/status", UpdateAsync);
        return admin;
    }

    private static async Task<IResult> ListAsync(BotDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var flights = await db.Flights.AsNoTracking().OrderBy(f => f.ScheduledDeparture).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return Results.Ok(flights.Select(f => FlightTimeline.Status(f, now)).Select(s => new FlightSummary(s.Number,
            s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Origin, s.Destination, s.ScheduledDeparture,
            s.EstimatedDeparture, s.State.ToString(), s.Gate)));
    }

    private static async Task<IResult> UpdateAsync(string number, string date, FlightUpdate update, FlightOperations operations,
        CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return Results.Problem("The date is yyyy-MM-dd.", statusCode: StatusCodes.Status400BadRequest);
        var change = await operations.UpdateAsync(number, day, update, cancellationToken);
        return change is null ? Results.Problem($"No flight {number} on {date}.", statusCode: StatusCodes.Status404NotFound) : Results.Ok(change);
    }

    public sealed record FlightSummary(string Number, string Date, string Origin, string Destination, DateTime ScheduledDeparture,
        DateTime? EstimatedDeparture, string State, string? Gate);
}
