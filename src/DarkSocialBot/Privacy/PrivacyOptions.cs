using System.ComponentModel.DataAnnotations;

namespace DarkSocialBot.Privacy;

/// <summary>Section <c>Privacy</c>: how long conversation text is kept, and how often the purge runs.</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>
    /// Raw conversation text older than this many days is purged: inbox and outbox rows, conversation state, share comments,
    /// the customer's words on handoffs closed before then, and bag reports handled before then (open ones stay).
    /// 0 keeps everything (not recommended: GDPR art. 5(1)(e)).
    /// </summary>
    [Range(0, 3650)]
    public int RetainConversationsDays { get; set; } = 90;

    /// <summary>How often the retention purge runs.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a deletion at a provider (a customer's Twilio message or media, WhatsApp Cloud media) that the provider cannot
    /// do now (down, throttling, a Twilio message not final yet, which can take up to 14 days) is tried again before it is
    /// recorded as failed.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "90.00:00:00")]
    public TimeSpan ProviderDeletionRetryFor { get; set; } = TimeSpan.FromDays(14);

    /// <summary>The longest wait between two attempts of a deletion at a provider (the backoff starts at <c>Outbox:FirstRetryDelay</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan ProviderDeletionMaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Whether the retention purge also deletes at Twilio what it purges here (each old inbound SMS or WhatsApp message and its
    /// media, a handled bag report's Twilio photos). <c>false</c> when the account's message redaction already removes bodies,
    /// or Twilio's copies are kept on purpose. An erasure ("delete my data") deletes them at Twilio whatever this says.
    /// </summary>
    public bool RetentionDeletesAtTwilio { get; set; } = true;

    /// <summary>The same for the WhatsApp Cloud API's media objects (a customer's photos and documents, until Meta deletes them after 30 days).</summary>
    public bool RetentionDeletesAtMeta { get; set; } = true;

    /// <summary>How long a "delete my data" request waits for the customer's yes.</summary>
    [Range(typeof(TimeSpan), "00:00:30", "01:00:00")]
    public TimeSpan ConfirmErasureWithin { get; set; } = TimeSpan.FromMinutes(10);
}
