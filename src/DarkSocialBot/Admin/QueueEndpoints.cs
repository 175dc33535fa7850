using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Admin;

/// <summary><c>GET /api/admin/queues</c>: what is waiting (turns not yet run, deliveries pending or failed, deletions at the providers) for operators.</summary>
public static class QueueEndpoints
{
    public static RouteGroupBuilder MapQueues(this RouteGroupBuilder admin)
    {
        admin.MapGet("/queues", async (BotDbContext db, CancellationToken cancellationToken) => Results.Ok(new QueueCounts(
            await db.Inbox.CountAsync(e => e.Status == InboxStatus.Pending, cancellationToken),
            await db.Outbox.CountAsync(e => e.Status == OutboxStatus.Pending, cancellationToken),
            await db.Outbox.CountAsync(e => e.Status == OutboxStatus.Failed, cancellationToken),
            await db.ProviderDeletions.CountAsync(d => d.Status == ProviderDeletionStatus.Pending, cancellationToken),
            await db.ProviderDeletions.CountAsync(d => d.Status == ProviderDeletionStatus.Failed, cancellationToken))));
        return admin;
    }

    /// <param name="ProviderDeletionsPending">Customers' messages and media waiting to be deleted at Twilio or Meta (erasure, retention).</param>
    /// <param name="ProviderDeletionsFailed">Those the provider refused for good: <c>GET /api/admin/privacy/provider-deletions</c> says why.</param>
    public sealed record QueueCounts(int TurnsWaiting, int DeliveriesPending, int DeliveriesFailed, int ProviderDeletionsPending, int ProviderDeletionsFailed);
}
