using DarkSocialBot.Http;
using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Privacy;

/// <summary>Customers' rights under the admin group: access and portability (export as JSON) and erasure, and the erasure's deletions at the providers.</summary>
public static class PrivacyEndpoints
{
    public static RouteGroupBuilder MapPrivacy(this RouteGroupBuilder admin)
    {
        var customer = admin.MapGroup("/customers/{channel}/{userId}").WithTags("Privacy");
        customer.MapGet("/export", ExportAsync).WithName("ExportCustomerData")
            .WithSummary("Everything stored about one customer as JSON (GDPR art. 15 and 20): messages, state, attribution, sentiment, consents.");
        customer.MapDelete("/", EraseAsync).WithName("EraseCustomerData")
            .WithSummary("Erase everything about one customer across tables (GDPR art. 17); only aggregate counts remain. Returns rows removed per table.");
        admin.MapGet("/privacy/provider-deletions", ListProviderDeletionsAsync).WithTags("Privacy").WithName("ListProviderDeletions")
            .WithSummary("Deletions at the providers (customers' Twilio messages and media, WhatsApp Cloud media) still waiting or refused for good, refused first.");
        admin.MapPost("/privacy/provider-deletions/retry", RetryFailedAsync).WithTags("Privacy").WithName("RetryFailedProviderDeletions")
            .WithSummary("Queues every deletion the providers refused for good again (once the credentials or permissions are fixed); says how many.");
        admin.MapPost("/privacy/provider-deletions/{id:long}/retry", RetryOneAsync).WithTags("Privacy").WithName("RetryFailedProviderDeletion")
            .WithSummary("Queues one refused deletion again: 404 when there is no such deletion (done, or never queued), 409 when it is still pending.");
        return admin;
    }

    /// <summary>
    /// Back to pending, due now, with its attempts and its retry window (<c>Privacy:ProviderDeletionRetryFor</c>) counted
    /// afresh from now: the worker tries it at its next poll, and a provider still down is retried as a new deletion would be.
    /// </summary>
    private static Task<int> RequeueAsync(BotDbContext db, IQueryable<ProviderDeletion> failed, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return failed.ExecuteUpdateAsync(d => d.SetProperty(x => x.Status, ProviderDeletionStatus.Pending).SetProperty(x => x.Attempts, 0)
            .SetProperty(x => x.CreatedAt, now).SetProperty(x => x.NextAttemptAt, now).SetProperty(x => x.LeaseOwner, (string?)null)
            .SetProperty(x => x.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
    }

    private static async Task<Ok<ProviderDeletionRetry>> RetryFailedAsync(BotDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var retried = await RequeueAsync(db, db.ProviderDeletions.Where(d => d.Status == ProviderDeletionStatus.Failed), time, cancellationToken);
        return TypedResults.Ok(await RetryAnswerAsync(db, retried, cancellationToken));
    }

    private static async Task<Results<Ok<ProviderDeletionRetry>, ProblemHttpResult>> RetryOneAsync(long id, BotDbContext db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var retried = await RequeueAsync(db, db.ProviderDeletions.Where(d => d.Id == id && d.Status == ProviderDeletionStatus.Failed), time, cancellationToken);
        if (retried == 1) return TypedResults.Ok(await RetryAnswerAsync(db, retried, cancellationToken));
        var pending = await db.ProviderDeletions.AsNoTracking().Where(d => d.Id == id).Select(d => new { d.NextAttemptAt }).FirstOrDefaultAsync(cancellationToken);
        return pending is null
            ? TypedResults.Problem($"No provider deletion {id}: a deletion done leaves the queue (GET /api/admin/privacy/provider-deletions lists those left).",
                statusCode: StatusCodes.Status404NotFound, extensions: ApiProblem.Extensions("provider_deletion_not_found", new { id }))
            : TypedResults.Problem($"Provider deletion {id} is pending, not failed: it is tried again at {pending.NextAttemptAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC.",
                statusCode: StatusCodes.Status409Conflict, extensions: ApiProblem.Extensions("provider_deletion_pending", new { id, nextAttemptAt = pending.NextAttemptAt }));
    }

    private static async Task<ProviderDeletionRetry> RetryAnswerAsync(BotDbContext db, int retried, CancellationToken cancellationToken) => new(retried,
        await db.ProviderDeletions.CountAsync(d => d.Status == ProviderDeletionStatus.Pending, cancellationToken),
        await db.ProviderDeletions.CountAsync(d => d.Status == ProviderDeletionStatus.Failed, cancellationToken));

    /// <summary>How many refused deletions were queued again, and the queue after it: pending (those included) and still failed.</summary>
    public sealed record ProviderDeletionRetry(int Retried, int Pending, int Failed);

    private static async Task<Ok<ProviderDeletions>> ListProviderDeletionsAsync(BotDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.ProviderDeletions.AsNoTracking().OrderByDescending(d => d.Status).ThenBy(d => d.Id).Take(MaxListed)
            .Select(d => new ProviderDeletionItem(d.Id, d.Kind, d.Resource, d.Reason, d.Status, d.Attempts, d.CreatedAt, d.NextAttemptAt, d.Error))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ProviderDeletions(
            await db.ProviderDeletions.CountAsync(d => d.Status == ProviderDeletionStatus.Pending, cancellationToken),
            await db.ProviderDeletions.CountAsync(d => d.Status == ProviderDeletionStatus.Failed, cancellationToken), rows));
    }

    private const int MaxListed = 500;

    /// <summary>What waits to be deleted at the providers and what they refused (the first 500, refused first).</summary>
    public sealed record ProviderDeletions(int Pending, int Failed, IReadOnlyList<ProviderDeletionItem> Items);

    /// <summary>One deletion: the provider's id of the resource (never a phone number), why it is deleted, and the provider's last answer.</summary>
    public sealed record ProviderDeletionItem(long Id, ProviderResourceKind Kind, string Resource, ProviderDeletionReason Reason, ProviderDeletionStatus Status,
        int Attempts, DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, string? Error);

    private static async Task<Results<Ok<CustomerData>, ValidationProblem>> ExportAsync(string channel, string userId, CustomerDataExport export,
        CancellationToken cancellationToken) =>
        IdProblem(channel, userId) is { } problem ? problem : TypedResults.Ok(await export.ReadAsync(channel, UserId(channel, userId), cancellationToken));

    private static async Task<Results<Ok<ErasureCounts>, ValidationProblem>> EraseAsync(string channel, string userId, CustomerEraser eraser,
        CancellationToken cancellationToken) =>
        IdProblem(channel, userId) is { } problem ? problem : TypedResults.Ok(await eraser.EraseAsync(channel, UserId(channel, userId), null, cancellationToken));

    /// <summary>
    /// The id the channel's adapter stores: on Twilio channels the number as E.164, so "whatsapp:+33612345678" (as Twilio
    /// shows it) finds the customer instead of erasing nothing.
    /// Spaces around the id (pasted from a spreadsheet or a ticket) are not part of it: erasing "ana " answered 200 with
    /// 0 rows and left everything.
    /// </summary>
    private static string UserId(string channel, string userId) =>
        TwilioChannels.Handles(channel) ? TwilioChannels.UserId(userId.Trim()) : userId.Trim();

    private static ValidationProblem? IdProblem(string channel, string userId) =>
        channel.Length is 0 or > 64 || string.IsNullOrWhiteSpace(userId) || userId.Length > 256
            ? FieldErrors.One("customer", "customer_id_invalid", "Channel (up to 64 characters) and user id (up to 256) are required.").Problem()
            : null;
}
