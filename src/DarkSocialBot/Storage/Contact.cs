namespace DarkSocialBot.Storage;

/// <summary>
/// A customer as one channel knows them: unique per (channel, user id). Holds what every sender and broadcast must
/// respect: the opt-out (STOP), and the last inbound time that opens the WhatsApp and Messenger 24-hour windows.
/// </summary>
public sealed class Contact
{
    public long Id { get; set; }
    public required string ChannelId { get; set; }

    /// <summary>The customer's id on the channel: E.164 number (SMS, Twilio WhatsApp), PSID (Messenger), wa_id or BSUID (WhatsApp Cloud).</summary>
    public required string UserId { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>WhatsApp id (digits, no <c>+</c>) when the channel reports one.</summary>
    public string? WaId { get; set; }

    /// <summary>WhatsApp business-scoped user id (<c>US.1349…</c>), which may come without any phone number.</summary>
    public string? Bsuid { get; set; }

    /// <summary>Set when the customer opted out (STOP, or the provider reported it); cleared when they opt back in.</summary>
    public DateTimeOffset? OptedOutAt { get; set; }

    /// <summary>The customer's latest message (to within a minute): it opens the 24-hour service window.</summary>
    public DateTimeOffset? LastInboundAt { get; set; }

    /// <summary>Choices last offered as numbered text (JSON), so a reply "2" can pick the second.</summary>
    public string? OfferedChoices { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
