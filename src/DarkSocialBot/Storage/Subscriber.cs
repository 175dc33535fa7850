namespace DarkSocialBot.Storage;

/// <summary>
/// A customer who may receive broadcasts on one channel: unique per (channel, user id). Holds what a proactive
/// message needs to reach them (conversation, serviceUrl, the bot's account) and what segments filter on.
/// </summary>
public sealed class Subscriber
{
    public long Id { get; set; }
    public required string ChannelId { get; set; }
    public required string UserId { get; set; }

    /// <summary>The conversation a broadcast goes to, so the customer's reply continues it.</summary>
    public required string ConversationId { get; set; }

    /// <summary>Bot Framework channels: where to post; null for channels with a fixed API.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The bot's own account on the channel (the <c>from</c> of a broadcast).</summary>
    public string? BotId { get; set; }
    public string? DisplayName { get; set; }

    /// <summary>Two-letter language (<c>en</c>, <c>fr</c>).</summary>
    public required string Language { get; set; }

    /// <summary>IANA time zone (<c>Europe/Paris</c>), for quiet hours.</summary>
    public required string TimeZone { get; set; }

    /// <summary>Tags as <c>|vip|frequent|</c> so one LIKE finds a tag on every database.</summary>
    public string Tags { get; set; } = "|";

    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
