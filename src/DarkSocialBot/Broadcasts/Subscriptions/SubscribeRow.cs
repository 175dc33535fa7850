using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts.Subscriptions;

/// <summary>
/// One subscription to record with the consent behind it. Null <see cref="TimeZone"/> and <see cref="Tags"/> keep
/// what an existing subscriber has (chat knows neither); <see cref="GrantedAt"/> is when the customer agreed.
/// </summary>
internal sealed record SubscribeRow(
    string ChannelId,
    string UserId,
    string ConversationId,
    string? ServiceUrl,
    string? BotId,
    string? DisplayName,
    string Language,
    string? TimeZone,
    string? Tags,
    string Topic,
    ConsentPurpose Purpose,
    string WordingVersion,
    string Wording,
    ConsentSource Source,
    string Evidence,
    DateTimeOffset GrantedAt,
    DateTimeOffset? LastSeenAt = null);
