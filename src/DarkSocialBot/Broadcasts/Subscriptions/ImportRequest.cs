using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts.Subscriptions;

/// <summary><c>POST /api/admin/broadcasts/subscribers/import</c>: every row must carry the consent it relies on.</summary>
public sealed record ImportRequest(List<ImportRow>? Rows);

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

/// <summary>What the customer agreed to, when, in which words, and the brand's reference to the proof (form id, CRM record).</summary>
public sealed record ImportConsent(ConsentPurpose? Purpose, string? WordingVersion, string? Wording, DateTimeOffset? GrantedAt, string? Reference);
