namespace DarkSocialBot.Storage;

/// <summary>
/// One campaign's message to one subscriber: unique per (campaign, subscriber), so nobody gets a campaign twice.
/// Once dispatched it points at its outbox row, whose status and provider reports are the delivery's.
/// </summary>
public sealed class BroadcastDelivery
{
    public long Id { get; set; }
    public long CampaignId { get; set; }
    public long SubscriberId { get; set; }

    /// <summary>The subscriber's channel, copied so each sender's queue is read by index.</summary>
    public required string ChannelId { get; set; }

    public BroadcastDeliveryStatus Status { get; set; }

    /// <summary>Not before then (quiet hours move it).</summary>
    public DateTimeOffset DueAt { get; set; }
    public int Deferrals { get; set; }
    public long? OutboxId { get; set; }

    /// <summary>Why it was skipped or last deferred (<c>OptedOut</c>, <c>Unsubscribed</c>, <c>QuietHours</c>…).</summary>
    public string? Reason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum BroadcastDeliveryStatus
{
    Queued = 0,
    /// <summary>Moved into the outbox (see <see cref="BroadcastDelivery.OutboxId"/>).</summary>
    Dispatched = 1,
    /// <summary>Not sent, for the reason recorded (consent withdrawn, opted out, no text…).</summary>
    Skipped = 2,
    Cancelled = 3,

    // Dispatched, and its outbox row purged by the retention sweep: the outcome it had, kept for the campaign's figures
    // (a failure's reason in Reason). See CampaignStatistics.Outcome.

    /// <summary>Accepted by the channel; no delivery report.</summary>
    Sent = 4,
    Delivered = 5,
    Read = 6,
    Failed = 7,
}
