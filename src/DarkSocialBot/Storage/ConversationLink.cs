namespace DarkSocialBot.Storage;

/// <summary>
/// Which conversations a customer (channel, user id) took part in, so their erasure and access requests find every inbox,
/// outbox and state row of theirs. Written once per customer and conversation.
/// </summary>
public sealed class ConversationLink
{
    public required string ChannelId { get; set; }
    public required string UserId { get; set; }
    public required string ConversationKey { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
}
