namespace DarkSocialBot.Storage;

/// <summary>
/// One customer's "how did you hear about us?": created when the question is asked (so asked vs answered gives the response
/// rate), completed when they answer or skip. The customer appears only as a keyed pseudonym; texts are PII-scrubbed. Unique
/// per customer: the question is asked once.
/// </summary>
public sealed class AttributionAnswerEntry
{
    public long Id { get; set; }

    /// <summary>HMAC of channel and user id with <c>Attribution:PseudonymKey</c>.</summary>
    public required string CustomerKey { get; set; }

    /// <summary>The channel the conversation was on (web, emulator, sms, whatsapp, messenger…).</summary>
    public required string ChatChannel { get; set; }

    public required string Language { get; set; }
    public AttributionStatus Status { get; set; }
    public DateTimeOffset AskedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>The text that was classified (answer, and follow-up answer), PII-scrubbed, kept for re-classification.</summary>
    public string? AnswerText { get; set; }

    public string? Source { get; set; }

    /// <summary>dark, public, paid, owned or unclassified.</summary>
    public string? Class { get; set; }

    public string? ShareChannel { get; set; }
    public string? Detail { get; set; }
    public double? Confidence { get; set; }
    public string? ClassifierVersion { get; set; }
    public string? Evidence { get; set; }
    public string? FollowUp { get; set; }

    public string? TrackedKind { get; set; }
    public string? TrackedCode { get; set; }
    public string? TrackedSource { get; set; }
    public string? TrackedChannel { get; set; }
    public string? TrackedCampaign { get; set; }
    public string? TrackedMedium { get; set; }

    /// <summary>What the customer said about a private share (PII-scrubbed; cut after the retention period) and its sentiment.</summary>
    public string? ShareComment { get; set; }

    public double? ShareSentiment { get; set; }
    public string? ShareSentimentLabel { get; set; }
}

public enum AttributionStatus
{
    Asked = 0,
    Answered = 1,
    Skipped = 2,
}
