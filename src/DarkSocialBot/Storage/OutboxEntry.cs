namespace DarkSocialBot.Storage;

/// <summary>An outgoing activity, saved in the same transaction as the turn that produced it.</summary>
public sealed class OutboxEntry
{
    public long Id { get; set; }
    public required string ChannelId { get; set; }
    public required string ConversationKey { get; set; }
    /// <summary>The activity as UTF-8 JSON (<c>ActivityJson</c>); a sender may send these bytes as they are.</summary>
    public required byte[] Payload { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? ProviderMessageId { get; set; }
    public string? Error { get; set; }

    /// <summary>What the provider last reported about delivery (status callbacks); never moves back from a final state.</summary>
    public DeliveryStatus? DeliveryStatus { get; set; }
    public DateTimeOffset? DeliveryUpdatedAt { get; set; }

    /// <summary>The provider's error code (Twilio <c>21610</c>, Graph <c>131047</c>…), from the send or a status callback.</summary>
    public string? ErrorCode { get; set; }

    /// <summary>Parts of a long message already accepted by the provider, so a retry resends only the rest.</summary>
    public int PartsSent { get; set; }

    /// <summary>The host instance delivering it; others leave it alone until <see cref="LeaseUntil"/> (scale-out, crashes).</summary>
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
}

public enum OutboxStatus
{
    /// <summary>Waiting to be sent (again, after <see cref="OutboxEntry.NextAttemptAt"/>).</summary>
    Pending = 0,
    /// <summary>Accepted by the channel.</summary>
    Sent = 1,
    /// <summary>Returned inline in the HTTP answer (deliveryMode expectReplies); never posted.</summary>
    Inline = 2,
    /// <summary>Given up: the channel refused it for good, or retries ran out.</summary>
    Failed = 3,
}
