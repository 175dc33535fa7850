namespace DarkSocialBot.Airline;

/// <summary>A lost, delayed or damaged bag report (reference like "AMSNM48213": arrival station, airline, number).</summary>
public sealed class BagReport
{
    public int Id { get; set; }
    public required string Reference { get; set; }
    public int PassengerId { get; set; }
    public required string Description { get; set; }

    /// <summary>E.164; personal data, never logged.</summary>
    public required string ContactPhone { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The bag arrived damaged; otherwise it is missing or delayed.</summary>
    public bool Damaged { get; set; }

    /// <summary>
    /// The photos and documents the passenger sent with the report, as JSON <c>[{"url","contentType","name"}]</c> (the
    /// provider's URLs: Twilio media, WhatsApp Cloud media objects, Messenger CDN links); null when none.
    /// </summary>
    public string? Attachments { get; set; }

    /// <summary>The conversation it was reported in (as the inbox keys it): the customer's export and erasure find it there; null before it was kept.</summary>
    public string? ConversationKey { get; set; }

    /// <summary>When an agent of the baggage desk marked it handled (the bag returned or the claim settled), and who.</summary>
    public DateTimeOffset? HandledAt { get; set; }
    public string? HandledBy { get; set; }

    /// <summary>
    /// The customer asked for their data to be erased while the report was open: it is kept to trace and return the bag (their
    /// erasure says so) and deleted when it is marked handled.
    /// </summary>
    public DateTimeOffset? ErasureRequestedAt { get; set; }
}
