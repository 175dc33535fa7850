namespace DarkSocialBot.Storage;

/// <summary>
/// Something a customer sent that stays at the provider (a Twilio message or its media, a WhatsApp Cloud media object), to be
/// deleted there: queued in the transaction that erases or purges our own rows, so it is never lost, and tried until the
/// provider deletes it (or says it is gone). Unique per (kind, resource): queued twice, deleted once. A deleted one leaves the
/// queue; one the provider refuses for good stays, <see cref="ProviderDeletionStatus.Failed"/>, for an admin to see.
/// </summary>
public sealed class ProviderDeletion
{
    public long Id { get; set; }
    public ProviderResourceKind Kind { get; set; }

    /// <summary>The provider's id: a Twilio message SID (<c>MM…</c>, <c>SM…</c>), <c>{MessageSid}/{MediaSid}</c>, or a WhatsApp media id. Never a phone number.</summary>
    public required string Resource { get; set; }

    /// <summary>WhatsApp Cloud: the phone number id the media came to (<c>phone_number_id</c>: Meta deletes it only if it belongs to that number).</summary>
    public string? Scope { get; set; }

    public ProviderDeletionReason Reason { get; set; }
    public ProviderDeletionStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>The provider's last answer (status and error code, never its message text, which can quote the number).</summary>
    public string? Error { get; set; }

    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
}

/// <summary>Stored as numbers: new kinds go at the end.</summary>
public enum ProviderResourceKind
{
    TwilioMessage = 0,
    TwilioMedia = 1,
    WhatsAppMedia = 2,
}

public enum ProviderDeletionReason
{
    /// <summary>The customer's erasure (chat or admin).</summary>
    Erasure = 0,
    /// <summary>The retention purge, or a bag report deleted once handled.</summary>
    Retention = 1,
}

public enum ProviderDeletionStatus
{
    Pending = 0,
    /// <summary>Refused for good (credentials, permissions), or still refused after <c>Privacy:ProviderDeletionRetryFor</c>.</summary>
    Failed = 1,
}
