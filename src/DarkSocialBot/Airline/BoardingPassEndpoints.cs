using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Airline;

/// <summary>
/// <c>GET /boarding-pass/{token}</c>: the boarding pass page the bot links to after check-in. The token (24 random bytes) is the
/// only key, so the page is as private as the link; it is never cached or indexed. Unknown tokens get 404.
/// </summary>
public static class BoardingPassEndpoints
{
    public static IEndpointRouteBuilder MapBoardingPasses(this IEndpointRouteBuilder app)
    {
        app.MapGet("/boarding-pass/{token}", ShowAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ShowAsync(string token, HttpResponse response, BotDbContext db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (token.Length is < 16 or > 64 || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) return NoPass();
        var pass = await (
            from p in db.Passengers.AsNoTracking()
            join b in db.Bookings.AsNoTracking() on p.BookingId equals b.Id
            join f in db.Flights.AsNoTracking() on b.FlightId equals f.Id
            where p.BoardingPassToken == token
            select new { Passenger = p, Booking = b, Flight = f }).FirstOrDefaultAsync(cancellationToken);
        if (pass is null) return NoPass();
        var seat = await db.Seats.AsNoTracking().Where(s => s.PassengerId == pass.Passenger.Id).Select(s => s.Code).FirstOrDefaultAsync(cancellationToken);

        response.Headers.CacheControl = "no-store";
        response.Headers["X-Robots-Tag"] = "noindex";
        response.Headers["Referrer-Policy"] = "no-referrer";
        var status = FlightTimeline.Status(pass.Flight, time.GetUtcNow());
        var html = BoardingPassPage.Render(pass.Passenger, pass.Booking.Reference, pass.Booking.Cabin, status, seat ?? "—", status.Gate);
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static IResult NoPass() =>
        Results.Problem("No boarding pass at this link: ask the bot for your boarding pass again.", statusCode: StatusCodes.Status404NotFound);
}
