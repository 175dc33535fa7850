using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Airline;

/// <summary>What the demo airline changes: seats (claimed with a conditional update, so two customers never get one seat), check-in and bag reports.</summary>
internal sealed partial class DemoAirline
{
    private static readonly JsonSerializerOptions EvidenceJson = new(JsonSerializerDefaults.Web);

    public async Task<SeatChangeResult> ChangeSeatAsync(BookingKey key, string seat, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(db, key, cancellationToken) is not { } found) return new SeatChangeResult(SeatChangeOutcome.BookingNotFound);
        var (booking, passenger, flight) = found;
        if (FlightTimeline.State(flight, time.GetUtcNow()) is FlightState.Departed or FlightState.Arrived or FlightState.Cancelled)
            return new SeatChangeResult(SeatChangeOutcome.NotAllowed);
        var code = seat.Trim().ToUpperInvariant();
        return await ClaimSeatAsync(db, flight.Id, booking.Cabin, passenger.Id, code, cancellationToken)
            ? new SeatChangeResult(SeatChangeOutcome.Changed, code)
            : new SeatChangeResult(SeatChangeOutcome.Unavailable);
    }

    public async Task<CheckInResult> CheckInAsync(BookingKey key, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(db, key, cancellationToken) is not { } found) return new CheckInResult(CheckInOutcome.BookingNotFound);
        var (booking, passenger, flight) = found;
        var now = time.GetUtcNow();
        var window = FlightTimeline.CheckIn(flight, passenger, now, options.Value);
        switch (window.Availability)
        {
            case CheckInAvailability.Done:
                return new CheckInResult(CheckInOutcome.AlreadyCheckedIn, await PassAsync(db, passenger, flight, now, cancellationToken));
            case CheckInAvailability.NotOpenYet:
                return new CheckInResult(CheckInOutcome.NotOpenYet, OpensAt: window.OpensAt);
            case CheckInAvailability.Closed:
                return new CheckInResult(CheckInOutcome.Closed);
            case CheckInAvailability.NotPossible:
                return new CheckInResult(CheckInOutcome.NotPossible);
        }

        if (!await db.Seats.AnyAsync(s => s.PassengerId == passenger.Id, cancellationToken) && !await AssignSeatAsync(db, booking, passenger, cancellationToken))
            return new CheckInResult(CheckInOutcome.NotPossible);
        var group = booking.Cabin == Cabin.Business ? "1" : booking.Fare == Fare.Flex ? "2" : "3";
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
        // Only the first check-in writes (a retried turn finds the passenger checked in and resends the same pass).
        await db.Passengers.Where(p => p.Id == passenger.Id && p.CheckedInAt == null).ExecuteUpdateAsync(p => p
            .SetProperty(x => x.CheckedInAt, now).SetProperty(x => x.BoardingPassToken, token).SetProperty(x => x.BoardingGroup, group), cancellationToken);
        var saved = await db.Passengers.AsNoTracking().FirstAsync(p => p.Id == passenger.Id, cancellationToken);
        return new CheckInResult(CheckInOutcome.CheckedIn, await PassAsync(db, saved, flight, now, cancellationToken));
    }

    public async Task<LostBagReport?> ReportLostBagAsync(LostBagRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(db, request.Booking, cancellationToken) is not { } found) return null;
        for (var attempt = 1; ; attempt++)
        {
            var report = new BagReport
            {
                Reference = $"{found.Flight.Destination}{AirlineCode}{RandomNumberGenerator.GetInt32(10_000, 100_000)}",
                PassengerId = found.Passenger.Id,
                Description = request.Description,
                ContactPhone = request.ContactPhone,
                CreatedAt = time.GetUtcNow(),
                Damaged = request.Damaged,
                ConversationKey = request.ConversationKey,
                Attachments = request.Evidence is { Count: > 0 } evidence ? JsonSerializer.Serialize(evidence, EvidenceJson) : null,
            };
            db.BagReports.Add(report);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new LostBagReport(report.Reference);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // The reference is taken (unique index): draw another.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static async Task<bool> ClaimSeatAsync(BotDbContext db, int flightId, Cabin cabin, int passengerId, string code,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Seats.Where(s => s.FlightId == flightId && s.PassengerId == passengerId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.PassengerId, (int?)null), cancellationToken);
        var claimed = await db.Seats
            .Where(s => s.FlightId == flightId && s.Code == code && s.Cabin == cabin && s.PassengerId == null && !s.Taken)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.PassengerId, passengerId), cancellationToken);
        if (claimed == 0) return false; // disposing the transaction rolls back: the old seat stays theirs
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task<bool> AssignSeatAsync(BotDbContext db, DemoBooking booking, DemoPassenger passenger, CancellationToken cancellationToken)
    {
        var free = await db.Seats.AsNoTracking()
            .Where(s => s.FlightId == booking.FlightId && s.Cabin == booking.Cabin && s.PassengerId == null && !s.Taken)
            .OrderBy(s => s.Position == SeatPosition.Middle).ThenBy(s => s.Row).Select(s => s.Code).Take(5).ToListAsync(cancellationToken);
        foreach (var code in free)
            if (await ClaimSeatAsync(db, booking.FlightId, booking.Cabin, passenger.Id, code, cancellationToken)) return true;
        return false;
    }

    private async Task<BoardingPass> PassAsync(BotDbContext db, DemoPassenger passenger, DemoFlight flight, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var seat = await db.Seats.AsNoTracking().Where(s => s.PassengerId == passenger.Id).Select(s => s.Code).FirstOrDefaultAsync(cancellationToken);
        var status = FlightTimeline.Status(flight, now);
        var url = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/boarding-pass/{passenger.BoardingPassToken}";
        return new BoardingPass(url, $"{passenger.FirstName} {passenger.LastName}", seat ?? "—", status.Gate, status.BoardingTime,
            passenger.BoardingGroup ?? "3");
    }
}
