using DarkSocialBot.Broadcasts.Campaigns;
using DarkSocialBot.Privacy.Providers;
using DarkSocialBot.Storage;
using DarkSocialBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Privacy;

/// <summary>
/// Purges raw conversation text older than <see cref="PrivacyOptions.RetainConversationsDays"/>: handled inbox rows, delivered
/// or failed outbox rows, conversation state not touched since, share comments on attribution answers (their sentiment stays),
/// the customer's words kept on handoffs closed before the cutoff, bag reports the baggage desk handled before the cutoff (the
/// bag's description, the contact phone, the evidence: the providers' URLs of the photos and documents are kept on the report
/// itself), and conversation links left with no message. What the purged messages and reports leave at the providers (Twilio
/// messages and media, WhatsApp Cloud media) is queued for deletion there in the same transaction, unless
/// <see cref="PrivacyOptions.RetentionDeletesAtTwilio"/> or <see cref="PrivacyOptions.RetentionDeletesAtMeta"/> says not to. An open bag report stays, however old: the bag is still being traced. Answers keep
/// only their PII-scrubbed text (needed to re-classify); aggregate counts and message sentiment scores hold no text and stay.
/// A broadcast delivery whose outbox row goes keeps that row's outcome (sent, delivered, read, failed and why), so the
/// campaign's figures do not change. Deletes in batches so turns are never held up for long.
/// </summary>
public sealed partial class RetentionSweeper(IDbContextFactory<BotDbContext> dbFactory, TurnStore turns, IOptions<PrivacyOptions> options,
    TimeProvider time, ILogger<RetentionSweeper> logger)
{
    private const int BatchSize = 2000;

    public sealed record Purged(int InboxMessages, int OutboxMessages, int ConversationStates, int ShareComments, int HandoffNotes, int ConversationLinks, int BagReports)
    {
        /// <summary>Deletions queued at the providers: the purged messages' Twilio records and media, the purged bag reports' evidence.</summary>
        public int ProviderDeletions { get; init; }
    }

    public async Task<Purged> SweepAsync(CancellationToken cancellationToken)
    {
        var days = options.Value.RetainConversationsDays;
        if (days == 0) return new Purged(0, 0, 0, 0, 0, 0, 0);
        var cutoff = time.GetUtcNow().AddDays(-days);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var (inbox, providerDeletions) = await PurgeInboxAsync(db, cutoff, cancellationToken);
        await SettleBroadcastDeliveriesAsync(db, cutoff, cancellationToken);
        var outbox = await DeleteInBatchesAsync(db.Outbox.Where(e => e.Status != OutboxStatus.Pending && e.CreatedAt < cutoff).Select(e => e.Id),
            ids => db.Outbox.Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken), cancellationToken);
        var stateKeys = await db.States.Where(s => s.Key.Contains("/conversations/") && s.UpdatedAt < cutoff).Select(s => s.Key).ToListAsync(cancellationToken);
        var states = 0;
        foreach (var chunk in stateKeys.Chunk(BatchSize))
            states += await db.States.Where(s => chunk.Contains(s.Key) && s.UpdatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        foreach (var key in stateKeys) turns.Forget(key);
        var comments = await db.AttributionAnswers.Where(a => a.ShareComment != null && a.AnsweredAt < cutoff)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ShareComment, (string?)null), cancellationToken);
        var notes = await db.Handoffs.Where(h => h.Note != null && h.ClosedAt != null && h.ClosedAt < cutoff)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Note, (string?)null), cancellationToken);
        var links = await db.ConversationLinks
            .Where(l => l.FirstSeenAt < cutoff && !db.Inbox.Any(e => e.ConversationKey == l.ConversationKey) && !db.Outbox.Any(e => e.ConversationKey == l.ConversationKey))
            .ExecuteDeleteAsync(cancellationToken);
        var (bagReports, evidence) = await PurgeBagReportsAsync(db, cutoff, cancellationToken);
        providerDeletions += evidence;

        var purged = new Purged(inbox, outbox, states, comments, notes, links, bagReports) { ProviderDeletions = providerDeletions };
        if (inbox + outbox + states + comments + notes + links + bagReports > 0)
            LogPurged(logger, days, inbox, outbox, states, comments, notes, links, bagReports);
        return purged;
    }

    /// <summary>
    /// Deletes handled inbound rows older than the cutoff, a batch at a time, each batch in one transaction with the deletions it
    /// queues at the providers (the customers' Twilio messages and media; WhatsApp Cloud media are gone after 30 days). The
    /// evidence of a bag report that stays (open, or handled after the cutoff) stays at the provider with it.
    /// </summary>
    private async Task<(int Deleted, int Queued)> PurgeInboxAsync(BotDbContext db, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var kept = ProviderDeletionQueue.KeptEvidence(await db.BagReports.Where(r => r.HandledAt == null || r.HandledAt >= cutoff)
            .Select(r => r.Attachments).ToListAsync(cancellationToken));
        string[] channels = [.. ProviderResource.Channels.Where(c => Deletes(ProviderResource.KindOf(c)))];
        var (deleted, queued) = (0, 0);
        while (true)
        {
            var ids = await db.Inbox.Where(e => e.Status == InboxStatus.Processed && e.ReceivedAt < cutoff).OrderBy(e => e.Id).Select(e => e.Id)
                .Take(BatchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0) return (deleted, queued);
            var inbound = channels.Length == 0 ? []
                : await db.Inbox.Where(e => ids.Contains(e.Id) && channels.Contains(e.ChannelId))
                    .Select(e => new { e.ChannelId, e.Payload, e.ReceivedAt }).ToListAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            queued += await ProviderDeletionQueue.AddAsync(db, inbound.SelectMany(e => ProviderResource.OfInbound(e.ChannelId, e.Payload, e.ReceivedAt, now))
                .Where(r => Deletes(r) && !kept.Contains((r.Kind, r.Resource))), ProviderDeletionReason.Retention, now, cancellationToken);
            deleted += await db.Inbox.Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>Deletes bag reports handled before the cutoff, with their evidence at the providers, in one transaction.</summary>
    private async Task<(int Deleted, int Queued)> PurgeBagReportsAsync(BotDbContext db, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var reports = await db.BagReports.Where(r => r.HandledAt != null && r.HandledAt < cutoff).Select(r => new { r.Id, r.Attachments, r.CreatedAt })
            .ToListAsync(cancellationToken);
        if (reports.Count == 0) return (0, 0);
        var now = time.GetUtcNow();
        var ids = reports.Select(r => r.Id).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var queued = await ProviderDeletionQueue.AddAsync(db, reports.SelectMany(r => ProviderDeletionQueue.OfEvidence(r.Attachments, r.CreatedAt, now)).Where(Deletes),
            ProviderDeletionReason.Retention, now, cancellationToken);
        var deleted = await db.BagReports.Where(r => ids.Contains(r.Id) && r.HandledAt != null).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (deleted, queued);
    }

    /// <summary>Whether the purge deletes this resource at its provider (<see cref="PrivacyOptions.RetentionDeletesAtTwilio"/>, <see cref="PrivacyOptions.RetentionDeletesAtMeta"/>).</summary>
    private bool Deletes(ProviderResource resource) => Deletes(resource.Kind);

    private bool Deletes(ProviderResourceKind kind) =>
        kind == ProviderResourceKind.WhatsAppMedia ? options.Value.RetentionDeletesAtMeta : options.Value.RetentionDeletesAtTwilio;

    /// <summary>Copies onto each broadcast delivery the outcome of the outbox row the purge is about to delete.</summary>
    private static async Task SettleBroadcastDeliveriesAsync(BotDbContext db, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        while (true)
        {
            var due = await (
                from d in db.BroadcastDeliveries
                where d.Status == BroadcastDeliveryStatus.Dispatched
                join o in db.Outbox on d.OutboxId equals (long?)o.Id
                where o.Status != OutboxStatus.Pending && o.CreatedAt < cutoff
                orderby d.Id
                select new { d.Id, o.Status, o.DeliveryStatus, o.ErrorCode, o.Error })
                .Take(BatchSize).ToListAsync(cancellationToken);
            if (due.Count == 0) return;
            var settled = due.GroupBy(d => CampaignStatistics.Outcome(d.Status, d.DeliveryStatus, d.ErrorCode, d.Error));
            foreach (var group in settled)
            {
                var ids = group.Select(d => d.Id).ToList();
                var (outcome, reason) = group.Key; // never Dispatched: only rows no longer pending are purged
                await db.BroadcastDeliveries.Where(d => ids.Contains(d.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, outcome).SetProperty(d => d.Reason, reason), cancellationToken);
            }
        }
    }

    private static async Task<int> DeleteInBatchesAsync(IQueryable<long> due, Func<List<long>, Task<int>> deleteAsync, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var ids = await due.OrderBy(id => id).Take(BatchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0) return total;
            total += await deleteAsync(ids);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention ({Days} days): purged {Inbox} inbound and {Outbox} outbound messages, {States} conversation states, {Comments} share comments, {Notes} handoff notes, {Links} conversation links, {BagReports} handled bag reports")]
    private static partial void LogPurged(ILogger logger, int days, int inbox, int outbox, int states, int comments, int notes, int links, int bagReports);
}
