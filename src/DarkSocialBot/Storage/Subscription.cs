namespace DarkSocialBot.Storage;

/// <summary>
/// A subscriber's wish to hear about one topic (<c>flight:KL1234:2026-11-24</c>, <c>news</c>, <c>offers</c>): unique
/// per (subscriber, topic), backed by the consent record that granted it. Ending it keeps the row (and the trail).
/// </summary>
public sealed class Subscription
{
    public long Id { get; set; }
    public long SubscriberId { get; set; }
    public required string Topic { get; set; }
    public ConsentPurpose Purpose { get; set; }
    public SubscriptionStatus Status { get; set; }

    /// <summary>The consent record that granted (or last re-granted) this subscription.</summary>
    public long ConsentId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Why it ended: <c>Unsubscribed</c>, <c>Stop</c>, <c>Admin</c>.</summary>
    public string? EndReason { get; set; }
}

public enum SubscriptionStatus
{
    Active = 1,
    Ended = 2,
}
