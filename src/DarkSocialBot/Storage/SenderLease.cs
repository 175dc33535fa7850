namespace DarkSocialBot.Storage;

/// <summary>Which host sends broadcasts on a channel (one at a time, so the channel's rate limit holds across hosts).</summary>
public sealed class SenderLease
{
    public required string ChannelId { get; set; }
    public required string Owner { get; set; }
    public DateTimeOffset LeaseUntil { get; set; }
}
