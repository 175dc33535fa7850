using DarkSocialBot.Broadcasts.Sending;
using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Broadcasts.Campaigns;

/// <summary>Counts a campaign's deliveries by their own state and, once dispatched, by their outbox row's (which status callbacks update).</summary>
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
                Error = o.Error == null ? null : o.Error.Contains(separator) ? o.Error.Substring(0, o.Error.IndexOf(separator)) : o.Error,
            } into g
            select new { g.Key.Status, g.Key.Reason, g.Key.Outbox, g.Key.DeliveryStatus, g.Key.ErrorCode, g.Key.Error, Count = g.Count() })
            .ToListAsync(cancellationToken);

        int queued = 0, deferred = 0, sending = 0, sent = 0, delivered = 0, read = 0, failed = 0, optedOut = 0, skipped = 0, cancelled = 0;
        var failedReasons = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var skippedReasons = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            switch (g.Status)
            {
                case BroadcastDeliveryStatus.Queued:
                    queued += g.Count;
                    if (g.Reason == SkipReasons.QuietHours) deferred += g.Count;
                    break;
                case BroadcastDeliveryStatus.Skipped:
                    skipped += g.Count;
                    if (g.Reason == SkipReasons.OptedOut) optedOut += g.Count;
                    Add(skippedReasons, g.Reason ?? "Unknown", g.Count);
                    break;
                case BroadcastDeliveryStatus.Cancelled:
                    cancelled += g.Count;
                    break;
                case BroadcastDeliveryStatus.Dispatched when g.Outbox is OutboxStatus.Failed:
                    failed += g.Count;
                    if (g.Error == DeliveryFailures.OptedOut) optedOut += g.Count;
                    Add(failedReasons, g.Error ?? g.ErrorCode ?? "Unknown", g.Count);
                    break;
                case BroadcastDeliveryStatus.Dispatched when g.DeliveryStatus is DeliveryStatus.Undelivered or DeliveryStatus.Failed:
                    // Accepted, then reported lost by a status callback (Twilio 30003, WhatsApp 131026…).
                    failed += g.Count;
                    if (g.ErrorCode == TwilioErrors.OptedOut) optedOut += g.Count;
                    Add(failedReasons, g.ErrorCode is null ? g.DeliveryStatus.ToString()! : $"{g.DeliveryStatus} {g.ErrorCode}", g.Count);
                    break;
                case BroadcastDeliveryStatus.Dispatched when g.Outbox is OutboxStatus.Sent or OutboxStatus.Inline:
                    sent += g.Count;
                    if (g.DeliveryStatus is DeliveryStatus.Delivered or DeliveryStatus.Read) delivered += g.Count;
                    if (g.DeliveryStatus is DeliveryStatus.Read) read += g.Count;
                    break;
                case BroadcastDeliveryStatus.Dispatched:
                    sending += g.Count;
                    break;
            }
        }
        return new CampaignReport(campaign.Id, campaign.Name, campaign.Topic, campaign.Purpose, campaign.Status, campaign.ScheduledAt,
            campaign.StartedAt, campaign.CompletedAt, campaign.FanOutDone, campaign.Enqueued, queued, deferred, sending, sent,
            delivered, read, failed, optedOut, skipped, cancelled, failedReasons, skippedReasons);
    }

    private static void Add(SortedDictionary<string, int> counts, string key, int count) =>
        counts[key] = counts.GetValueOrDefault(key) + count;
}
