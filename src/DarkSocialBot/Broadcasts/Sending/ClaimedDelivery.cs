using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts.Sending;

/// <summary>A due delivery with what the send-time checks and the message need about its subscriber (and their contact).</summary>
internal sealed record ClaimedDelivery(
    long Id,
    long CampaignId,
    string ChannelId,
    string UserId,
    string ConversationId,
    string? ServiceUrl,
    string? BotId,
    string? DisplayName,
    string Language,
    string TimeZone,
    SubscriptionStatus? Subscription,
    bool OptedOut,
    DateTimeOffset? LastInboundAt);
