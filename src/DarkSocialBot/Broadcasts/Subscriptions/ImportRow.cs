namespace DarkSocialBot.Broadcasts.Subscriptions;

/// <summary>One subscriber to import, with the topics they agreed to and the consent behind it.</summary>
public sealed record ImportRow(
    string? ChannelId,
    string? UserId,
    string? ConversationId,
    string? ServiceUrl,
    string? DisplayName,
    string? Language,
    string? TimeZone,
    string[]? Tags,
    string[]? Topics,
    ImportConsent? Consent,
    DateTimeOffset? LastSeenAt = null);
