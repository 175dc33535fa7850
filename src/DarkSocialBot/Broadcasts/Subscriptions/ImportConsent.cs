using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts.Subscriptions;

/// <summary>What the customer agreed to, when, in which words, and the brand's reference to the proof (form id, CRM record).</summary>
public sealed record ImportConsent(ConsentPurpose? Purpose, string? WordingVersion, string? Wording, DateTimeOffset? GrantedAt, string? Reference);
