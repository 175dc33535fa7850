using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts.Campaigns;

/// <summary>
/// A campaign's progress and delivery statistics. <see cref="Queued"/> waits to be sent (of which <see cref="Deferred"/>
/// by quiet hours); <see cref="Sending"/> is in the outbox; <see cref="Sent"/> the provider accepted, of which its
/// status callbacks reported <see cref="Delivered"/> (or read) and <see cref="Read"/>; <see cref="Failed"/> the channel
/// refused, or reported undelivered later, by reason (<c>TemplateRequired</c>, <c>OutsideWindow</c>, <c>Undelivered 30003</c>…);
/// <see cref="OptedOut"/> counts opt-outs found before or at the send; <see cref="SkippedByRule"/> send-time rules, by reason;
/// <see cref="Unknown"/> left the outbox but their outcome was purged with their outbox row before deliveries kept it (versions
/// before 2026-12-07 purged it after 90 days): final, never sending again.
/// </summary>
public sealed record CampaignReport(
    long Id,
    string Name,
    string Topic,
    ConsentPurpose Purpose,
    CampaignStatus Status,
    DateTimeOffset ScheduledAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    bool FanOutDone,
    int Audience,
    int Queued,
    int Deferred,
    int Sending,
    int Sent,
    int Delivered,
    int Read,
    int Failed,
    int OptedOut,
    int SkippedByRule,
    int Cancelled,
    int Unknown,
    IReadOnlyDictionary<string, int> FailedReasons,
    IReadOnlyDictionary<string, int> SkippedReasons);
