namespace DarkSocialBot.Storage;

/// <summary>An inbound activity, stored before it is acknowledged; unique per (channel, activity id).</summary>
public sealed class InboxEntry
{
    public long Id { get; set; }
    public required string ChannelId { get; set; }
    public required string ActivityId { get; set; }
    public required string ConversationKey { get; set; }
    public required byte[] Payload { get; set; }
    public InboxStatus Status { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
}

public enum InboxStatus
{
    Pending = 0,
    Processed = 1,
}
