using DarkSocialBot.Http;
using System.Globalization;
using DarkSocialBot.Dialogs.Airline;
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
    private const int MaxEstimateDays = 2;

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
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "date_invalid", "The date is yyyy-MM-dd.");
        if (Refusal(update, day) is { } reason) return ApiProblem.Of(StatusCodes.Status400BadRequest, "flight_update_invalid", reason);
        var change = await operations.UpdateAsync(number, day, update, cancellationToken);
        return change is null ? ApiProblem.Of(StatusCodes.Status404NotFound, "flight_not_found", $"No flight {number} on {date}.", new { number, date }) : Results.Ok(change);
    }

    /// <summary>
    /// Why an update is refused, or null. The gate goes as it is into the followers' messages: it must fit its column and
    /// cannot hold template syntax; so must the terminal. An estimate far from the flight's day is a typo, not a delay.
    /// </summary>
    private static string? Refusal(FlightUpdate update, DateOnly day)
    {
        var states = string.Join(", ", Enum.GetNames<FlightState>());
        if (update.State is not { } state) return $"state is required: one of {states}.";
        if (!Enum.IsDefined(state)) return $"state {(int)state} is not one of {states}.";
        if ((CodeRefusal("gate", update.Gate) ?? CodeRefusal("terminal", update.Terminal)) is { } code) return code;
        // With an offset or Z the binder converts it to the server's zone, and 10:40+05:00 would become another clock time at the origin.
        if (update.EstimatedDeparture is { Kind: not DateTimeKind.Unspecified })
            return "estimatedDeparture is the local time at the origin, without a UTC offset or Z (e.g. 2026-03-15T10:40).";
        if (update.EstimatedDeparture is { } estimated && Math.Abs(DateOnly.FromDateTime(estimated).DayNumber - day.DayNumber) > MaxEstimateDays)
            return $"estimatedDeparture is the local time at the origin, within {MaxEstimateDays} days of the flight's date {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.";
        return null;
    }

    private static string? CodeRefusal(string field, string? code) => code switch
    {
        null => null,
        _ when string.IsNullOrWhiteSpace(code) || code.Length > DemoFlight.MaxCodeLength || code.Contains('\0', StringComparison.Ordinal) =>
            $"{field}, when given, has 1 to {DemoFlight.MaxCodeLength} characters (e.g. F32); leave it out to keep the current one.",
        _ when code.Contains("{{", StringComparison.Ordinal) || code.Contains("}}", StringComparison.Ordinal) =>
            $"{field} cannot contain '{{{{' or '}}}}': it goes into the passengers' messages as it is.",
        _ => null,
    };

    public sealed record FlightSummary(string Number, string Date, string Origin, string Destination, DateTime ScheduledDeparture,
        DateTime? EstimatedDeparture, string State, string? Gate);
}
