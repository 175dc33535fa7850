namespace DarkSocialBot.Storage;

/// <summary>
/// A broadcast: what to say (per language, plus template and SMS variants) to whom (a segment of one topic's
/// subscribers), when, and how far its fan-out got. Segment and content are JSON documents.
/// </summary>
public sealed class Campaign
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Topic { get; set; }
    public ConsentPurpose Purpose { get; set; }
    public CampaignStatus Status { get; set; }
    public required string SegmentJson { get; set; }
    public required string ContentJson { get; set; }
    public DateTimeOffset ScheduledAt { get; set; }

    /// <summary>Subscribers seen since then are in the audience (fixed when the campaign starts, from the segment's window).</summary>
    public DateTimeOffset? SeenSince { get; set; }

    /// <summary>Fan-out progress: the highest subscriber id already considered; deliveries below it exist.</summary>
    public long FanOutCursor { get; set; }
    public bool FanOutDone { get; set; }
    public int Enqueued { get; set; }

    /// <summary>Set for automatic campaigns (a flight status change): unique, so one event makes one campaign.</summary>
    public string? TriggerKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

public enum CampaignStatus
{
    Scheduled = 1,
    Running = 2,
    Paused = 3,
    Completed = 4,
    Cancelled = 5,
}
