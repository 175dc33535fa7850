namespace DarkSocialBot.Storage;

/// <summary>
/// One consent event, append-only: a grant (with the wording the customer agreed to) or a withdrawal. Unique per
/// (subscriber, topic, evidence), so a retried turn or a re-sent import row records it once.
/// </summary>
public sealed class ConsentRecord
{
    public long Id { get; set; }
    public long SubscriberId { get; set; }
    public required string Topic { get; set; }
    public ConsentPurpose Purpose { get; set; }

    /// <summary>true for a grant, false for a withdrawal (unsubscribe, STOP).</summary>
    public bool Granted { get; set; }

    public required string WordingVersion { get; set; }

    /// <summary>The exact text shown (or, for an import, the text the brand says the customer agreed to).</summary>
    public required string Wording { get; set; }

    public ConsentSource Source { get; set; }

    /// <summary>What proves it: the inbound activity (<c>channel:activityId</c>) or the import's reference.</summary>
    public required string Evidence { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

public enum ConsentPurpose
{
    /// <summary>Updates about something the customer has (a flight): needs their request.</summary>
    Service = 1,
    /// <summary>News and offers: needs prior, specific, explicit consent with the wording recorded.</summary>
    Marketing = 2,
}

public enum ConsentSource
{
    Chat = 1,
    Import = 2,
}
