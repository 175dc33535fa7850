using DarkSocialBot.Core.Attribution;

namespace DarkSocialBot.Dialogs.Attribution;

/// <summary>
/// Where the "how did you hear about us?" dialog and the host's entry middleware put what they learn; the host stores it
/// (pseudonymised, PII-scrubbed) and keeps aggregate counts. Every call is idempotent per customer, so a turn that runs
/// twice (a state conflict) records once.
/// </summary>
public interface IAttributionRecorder
{
    /// <summary>The question was asked (the denominator of the response rate).</summary>
    Task RecordAskedAsync(AttributionSubject subject, CancellationToken cancellationToken);

    /// <summary>The customer answered (after the follow-up, if one was asked).</summary>
    Task RecordAnswerAsync(AttributionSubject subject, AttributionAnswer answer, CancellationToken cancellationToken);

    /// <summary>The customer chose not to answer.</summary>
    Task RecordSkippedAsync(AttributionSubject subject, CancellationToken cancellationToken);

    /// <summary>What the customer said about a private share, and its sentiment, attached to their answer.</summary>
    Task RecordShareMentionAsync(AttributionSubject subject, ShareMention mention, CancellationToken cancellationToken);

    /// <summary>A tracked way in (Messenger ref, WhatsApp pre-filled code, UTM code) seen at the start of a conversation.</summary>
    Task RecordTrackedEntryAsync(AttributionSubject subject, TrackedEntry entry, CancellationToken cancellationToken);
}
