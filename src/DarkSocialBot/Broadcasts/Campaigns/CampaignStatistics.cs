using DarkSocialBot.Broadcasts.Sending;
using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Broadcasts.Campaigns;

/// <summary>
/// Counts a campaign's deliveries by their own state and, once dispatched, by their outbox row's (which status callbacks update).
/// A dispatched delivery whose outbox row no longer exists (purged by the retention sweep before deliveries kept their outcome)
/// is counted as unknown: it left the outbox, sent or failed, and nothing says which any more; it is never "sending" again.
/// </summary>
internal static class CampaignStatistics
{
    public static async Task<CampaignReport?> ReportAsync(BotDbContext db, long id, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null) return null;
        var separator = ":"; // a string, not a char: the PostgreSQL provider translates only the string overloads
        var groups = await (
            from d in db.BroadcastDeliveries.Where(d => d.CampaignId == id)
            join o in db.Outbox on d.OutboxId equals (long?)o.Id into outbox
            from o in outbox.DefaultIfEmpty()
            group d by new
            {
                d.Status,
                d.Reason,
                Outbox = (OutboxStatus?)o.Status,
                o.DeliveryStatus,
                o.ErrorCode,
                // ErrorName's cut, done in SQL so errors with their own details still make few groups.
                Error = o.Error == null ? null : o.Error.Contains(separator) ? o.Error.Substring(0, o.Error.IndexOf(separator)) : o.Error,
            } into g
            select new { g.Key.Status, g.Key.Reason, g.Key.Outbox, g.Key.DeliveryStatus, g.Key.ErrorCode, g.Key.Error, Count = g.Count() })
            .ToListAsync(cancellationToken);

        int queued = 0, deferred = 0, sending = 0, sent = 0, delivered = 0, read = 0, failed = 0, optedOut = 0, skipped = 0, cancelled = 0, unknown = 0;
        var failedReasons = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var skippedReasons = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            switch (g.Status)
            {
                case BroadcastDeliveryStatus.Queued:
                    queued += g.Count;
                    if (g.Reason == SkipReasons.QuietHours) deferred += g.Count;
                    continue;
                case BroadcastDeliveryStatus.Skipped:
                    skipped += g.Count;
                    if (g.Reason == SkipReasons.OptedOut) optedOut += g.Count;
                    Add(skippedReasons, g.Reason ?? "Unknown", g.Count);
                    continue;
                case BroadcastDeliveryStatus.Cancelled:
                    cancelled += g.Count;
                    continue;
                case BroadcastDeliveryStatus.Dispatched when g.Outbox is null:
                    // Moved with its outbox row in one transaction, so the row existed: it was purged with its outcome.
                    unknown += g.Count;
                    continue;
            }
            // Dispatched: what its outbox row says; settled after the retention sweep: what it said then.
            var (outcome, reason) = g.Status == BroadcastDeliveryStatus.Dispatched
                ? Outcome(g.Outbox, g.DeliveryStatus, g.ErrorCode, g.Error)
                : (g.Status, g.Reason);
            switch (outcome)
            {
                case BroadcastDeliveryStatus.Failed:
                    failed += g.Count;
                    if (reason == DeliveryFailures.OptedOut || reason?.EndsWith(" " + TwilioErrors.OptedOut, StringComparison.Ordinal) == true)
                        optedOut += g.Count;
                    Add(failedReasons, reason ?? "Unknown", g.Count);
                    break;
                case BroadcastDeliveryStatus.Sent or BroadcastDeliveryStatus.Delivered or BroadcastDeliveryStatus.Read:
                    sent += g.Count;
                    if (outcome is BroadcastDeliveryStatus.Delivered or BroadcastDeliveryStatus.Read) delivered += g.Count;
                    if (outcome is BroadcastDeliveryStatus.Read) read += g.Count;
                    break;
                default:
                    sending += g.Count;
                    break;
            }
        }
        return new CampaignReport(campaign.Id, campaign.Name, campaign.Topic, campaign.Purpose, campaign.Status, campaign.ScheduledAt,
            campaign.StartedAt, campaign.CompletedAt, campaign.FanOutDone, campaign.Enqueued, queued, deferred, sending, sent,
            delivered, read, failed, optedOut, skipped, cancelled, unknown, failedReasons, skippedReasons);
    }

    /// <summary>
    /// A dispatched delivery's outcome from its outbox row: <see cref="BroadcastDeliveryStatus.Dispatched"/> while sending, sent,
    /// delivered or read, or failed with its reason (the sender's error up to its first ":", or "Undelivered 30003" for a loss a
    /// status callback reported after the channel accepted it, such as Twilio 30003 or WhatsApp 131026).
    /// </summary>
    public static (BroadcastDeliveryStatus Outcome, string? Reason) Outcome(OutboxStatus? outbox, DeliveryStatus? report, string? errorCode, string? error) =>
        (outbox, report) switch
        {
            (OutboxStatus.Failed, _) => (BroadcastDeliveryStatus.Failed, ErrorName(error) ?? errorCode ?? "Unknown"),
            (_, DeliveryStatus.Undelivered or DeliveryStatus.Failed) =>
                (BroadcastDeliveryStatus.Failed, errorCode is null ? report.ToString() : $"{report} {errorCode}"),
            (OutboxStatus.Sent or OutboxStatus.Inline, DeliveryStatus.Read) => (BroadcastDeliveryStatus.Read, null),
            (OutboxStatus.Sent or OutboxStatus.Inline, DeliveryStatus.Delivered) => (BroadcastDeliveryStatus.Delivered, null),
            (OutboxStatus.Sent or OutboxStatus.Inline, _) => (BroadcastDeliveryStatus.Sent, null),
            _ => (BroadcastDeliveryStatus.Dispatched, null),
        };

    /// <summary>A sender's error up to its first ":" ("OptedOut: the recipient replied STOP" is "OptedOut").</summary>
    private static string? ErrorName(string? error) => error?.IndexOf(':', StringComparison.Ordinal) is >= 0 and var at ? error[..at] : error;

    private static void Add(SortedDictionary<string, int> counts, string key, int count) =>
        counts[key] = counts.GetValueOrDefault(key) + count;
}
