using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Admin;

/// <summary><c>GET /api/admin/queues</c>: what is waiting (turns not yet run, deliveries pending or failed) for operators.</summary>
public static class QueueEndpoints
{
    public static RouteGroupBuilder MapQueues(this RouteGroupBuilder admin)
    {
        admin.MapGet("/queues", async (BotDbContext db, CancellationToken cancellationToken) => Results.Ok(new QueueCounts(
            await db.Inbox.CountAsync(e => e.Status == InboxStatus.Pending, cancellationToken),
            await db.Outbox.CountAsync(e => e.Status == OutboxStatus.Pending, cancellationToken),
            await db.Outbox.CountAsync(e => e.Status == OutboxStatus.Failed, cancellationToken))));
        return admin;
    }

    public sealed record QueueCounts(int TurnsWaiting, int DeliveriesPending, int DeliveriesFailed);
}
