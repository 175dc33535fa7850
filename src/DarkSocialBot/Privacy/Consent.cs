namespace DarkSocialBot.Privacy;

/// <summary>
/// One consent decision of a customer for one purpose, with the wording version they saw and when: an append-only ledger
/// (the latest row per purpose is the current state). Marketing needs a prior, specific, positive consent (ePrivacy art. 13);
/// a withdrawal is recorded as a new row with <see cref="Granted"/> false.
/// </summary>
public sealed class Consent
{
    public long Id { get; set; }
    public required string ChannelId { get; set; }
    public required string UserId { get; set; }
    public ConsentPurpose Purpose { get; set; }
    public bool Granted { get; set; }

    /// <summary>Which version of the wording the customer agreed to (e.g. "marketing-2026-11").</summary>
    public required string WordingVersion { get; set; }

    /// <summary>Where it was given: "chat", "admin", "web-form"…</summary>
    public required string Source { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>What a consent is for: answering the customer (service) or sending them offers (marketing).</summary>
public enum ConsentPurpose
{
    Service = 0,
    Marketing = 1,
}
