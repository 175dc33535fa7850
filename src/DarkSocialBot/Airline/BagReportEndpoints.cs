using DarkSocialBot.Http;
using System.Globalization;
using DarkSocialBot.Channels.Meta;
using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Handoffs;
using DarkSocialBot.Privacy.Providers;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Airline;

/// <summary>
/// The baggage desk's side of lost and damaged bag reports, under the admin API: list them (open by default, damaged or not,
/// since a time, a page at a time), read one with its passenger, flight and evidence (each opened through
/// <c>/{id}/media?url=</c>, only a URL filed with that report), and mark it handled. A report whose customer asked for their
/// data to be erased while it was open is deleted when it is marked handled.
/// </summary>
public static class BagReportEndpoints
{
    public const int MaxPageSize = 500;
    private const int MaxPage = 1_000_000;
    private const int MaxAgentNameLength = 100;

    public static RouteGroupBuilder MapBagReports(this RouteGroupBuilder admin)
    {
        var reports = admin.MapGroup("/bag-reports").WithTags("Bag reports");
        reports.MapGet("/", ListAsync).WithSummary("Bag reports: status open (default, oldest first), handled or all; damaged; since; page, pageSize (up to 500).");
        reports.MapGet("/{id:int}", ReadAsync).WithSummary("One bag report with its passenger, flight and evidence links.");
        reports.MapGet("/{id:int}/media", OpenMediaAsync).WithSummary("Opens a photo or document filed with the report (only its own).");
        reports.MapPost("/{id:int}/handled", MarkHandledAsync).WithSummary("Marks the report handled (the bag returned, the claim settled).");
        return admin;
    }

    /// <remarks>
    /// The query values are read as text, so a value that cannot be read ("since=yesterday", "page=two") gets a 400 naming
    /// it and what it takes, as the other admin endpoints answer, not the framework's "Failed to bind parameter…".
    /// </remarks>
    private static async Task<IResult> ListAsync(string? status, string? damaged, string? since, string? page, string? pageSize, BotDbContext db,
        HttpResponse response, CancellationToken cancellationToken)
    {
        if (Number(page, 1, MaxPage) is not { } pageNumber) return BadQuery($"page is a whole number from 1 to {MaxPage}.");
        if (Number(pageSize, 50, MaxPageSize) is not { } size) return BadQuery($"pageSize is a whole number from 1 to {MaxPageSize}.");
        if (!Since(since, out var from)) return BadQuery("since is a date (2026-11-23) or an ISO 8601 date-time between 2000 and 2200.");
        bool? isDamaged = string.IsNullOrWhiteSpace(damaged) ? null : bool.TryParse(damaged.Trim(), out var flag) ? flag : null;
        if (!string.IsNullOrWhiteSpace(damaged) && isDamaged is null) return BadQuery("damaged is true or false.");
        var query = db.BagReports.AsNoTracking();
        query = status switch
        {
            null or "" or "open" => query.Where(r => r.HandledAt == null),
            "handled" => query.Where(r => r.HandledAt != null),
            "all" => query,
            _ => null!,
        };
        if (query is null) return BadQuery("status is open, handled or all.");
        if (isDamaged is { } onlyDamaged) query = query.Where(r => r.Damaged == onlyDamaged);
        if (from is { } start) query = query.Where(r => r.CreatedAt >= start);
        var ordered = status switch
        {
            "handled" => query.OrderByDescending(r => r.HandledAt).ThenByDescending(r => r.Id),
            "all" => query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id),
            _ => query.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id), // the desk's queue: the longest waiting first
        };
        var rows = await Items(db, ordered.Skip((pageNumber - 1) * size).Take(size)).ToListAsync(cancellationToken);
        response.Headers["X-Total-Count"] = (await query.CountAsync(cancellationToken)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Ok(rows.Select(r => r.Item(r.Report)));
    }

    private static IResult BadQuery(string reason) => ApiProblem.Of(StatusCodes.Status400BadRequest, "query_invalid", reason);

    private static int? Number(string? value, int fallback, int max) =>
        string.IsNullOrWhiteSpace(value) ? fallback
        : int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 && number <= max ? number : null;

    /// <summary>A date is midnight UTC that day; a date-time without an offset is UTC (never the server's zone).</summary>
    private static bool Since(string? value, out DateTimeOffset? since)
    {
        since = null;
        if (string.IsNullOrWhiteSpace(value)) return true;
        if (!DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) || at.UtcDateTime.Year is < 2000 or > 2200)
            return false;
        since = at.ToUniversalTime();
        return true;
    }

    private static async Task<IResult> ReadAsync(int id, BotDbContext db, CancellationToken cancellationToken)
    {
        if (await Items(db, db.BagReports.AsNoTracking().Where(r => r.Id == id)).FirstOrDefaultAsync(cancellationToken) is not { } row) return NotFound(id);
        var evidence = BagEvidence.Read(row.Report.Attachments)
            .Select(e => new EvidenceLink(e.Url, e.ContentType, e.Name, $"/api/admin/bag-reports/{id}/media?url={Uri.EscapeDataString(e.Url)}")).ToList();
        return Results.Ok(new BagReportDetail(row.Item(row.Report), row.Report.ConversationKey, evidence));
    }

    private static async Task<IResult> OpenMediaAsync(int id, string? url, HttpContext context, BotDbContext db, IHttpClientFactory httpFactory,
        IOptions<TwilioOptions> twilio, IOptions<MetaOptions> meta, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(url)) return ApiProblem.Of(StatusCodes.Status400BadRequest, "url_required", "Name the attachment's url.");
        if (await db.BagReports.AsNoTracking().Where(r => r.Id == id).Select(r => new { r.Attachments }).FirstOrDefaultAsync(cancellationToken) is not { } report)
            return NotFound(id);
        // Only what the customer filed with this report: never a URL the caller names (the host holds the providers' credentials).
        if (BagEvidence.Read(report.Attachments).All(e => e.Url != url))
            return ApiProblem.Of(StatusCodes.Status404NotFound, "attachment_not_found", "No such photo or document was filed with this report.");
        return await HandoffMedia.ServeAsync(url, context, httpFactory, twilio.Value, meta.Value, cancellationToken);
    }

    private static async Task<IResult> MarkHandledAsync(int id, HandledRequest? body, BotDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (body?.AgentName is { } name && (name.Length > MaxAgentNameLength || name.Contains('\0', StringComparison.Ordinal)))
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "agent_name_too_long", $"agentName has at most {MaxAgentNameLength} characters.", new { max = MaxAgentNameLength });
        if (!await db.BagReports.AnyAsync(r => r.Id == id, cancellationToken)) return NotFound(id);
        // Only the first mark writes: marking again keeps who handled it and when.
        await db.BagReports.Where(r => r.Id == id && r.HandledAt == null).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.HandledAt, time.GetUtcNow()).SetProperty(r => r.HandledBy, string.IsNullOrWhiteSpace(body?.AgentName) ? null : body.AgentName.Trim()),
            cancellationToken);
        var row = await Items(db, db.BagReports.AsNoTracking().Where(r => r.Id == id)).FirstAsync(cancellationToken);
        var item = row.Item(row.Report);
        // The customer asked for their data to be erased while the report was open: now that it is handled, it goes.
        // Its evidence goes at the providers too (queued in the same transaction): the erasure left it for the desk.
        if (row.Report.ErasureRequestedAt is not null)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await db.BagReports.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken) > 0)
            {
                var now = time.GetUtcNow();
                await ProviderDeletionQueue.AddAsync(db, ProviderDeletionQueue.OfEvidence(row.Report.Attachments, row.Report.CreatedAt, now),
                    ProviderDeletionReason.Erasure, now, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return Results.Ok(item with { Erased = true });
            }
        }
        return Results.Ok(item);
    }

    private static IQueryable<Row> Items(BotDbContext db, IQueryable<BagReport> reports) =>
        from r in reports
        join p in db.Passengers on r.PassengerId equals p.Id
        join b in db.Bookings on p.BookingId equals b.Id
        join f in db.Flights on b.FlightId equals f.Id
        select new Row(r, b.Reference, p.FirstName + " " + p.LastName, f.Number, f.Date, f.Origin, f.Destination);

    private static IResult NotFound(int id) => ApiProblem.Of(StatusCodes.Status404NotFound, "bag_report_not_found", $"No bag report {id}.", new { id });

    private sealed record Row(BagReport Report, string BookingReference, string Passenger, string Flight, DateOnly FlightDate, string Origin, string Destination)
    {
        public BagReportItem Item(BagReport r) => new(r.Id, r.Reference, r.Damaged, r.Description, r.ContactPhone, BookingReference, Passenger, Flight,
            FlightDate, Origin, Destination, BagEvidence.Read(r.Attachments).Count, r.CreatedAt, r.HandledAt, r.HandledBy, r.ErasureRequestedAt is not null);
    }

    /// <summary>A report as the desk lists it: the bag, how to reach the passenger, their booking and flight, how many photos or documents.</summary>
    public sealed record BagReportItem(int Id, string Reference, bool Damaged, string Description, string ContactPhone, string BookingReference,
        string Passenger, string Flight, DateOnly FlightDate, string Origin, string Destination, int Evidence, DateTimeOffset CreatedAt,
        DateTimeOffset? HandledAt, string? HandledBy, bool ErasureRequested, bool Erased = false);

    public sealed record BagReportDetail(BagReportItem Report, string? ConversationKey, IReadOnlyList<EvidenceLink> Evidence);

    /// <summary>A photo or document filed with a report, and where an agent opens it.</summary>
    public sealed record EvidenceLink(string Url, string ContentType, string? Name, string Open);

    public sealed record HandledRequest(string? AgentName);
}
