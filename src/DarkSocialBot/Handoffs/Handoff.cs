namespace DarkSocialBot.Handoffs;

/// <summary>
/// A conversation handed to a human: where it is (its conversation key and a reply template to reach the customer on their
/// channel), why, what the bot knew, and when it was opened and closed. At most one open per conversation.
/// </summary>
public sealed class Handoff
{
    public long Id { get; set; }
    public required string ConversationKey { get; set; }
    public required string ChannelId { get; set; }
    public required string Reason { get; set; }
    public string? Intent { get; set; }
    public string? BookingReference { get; set; }
    public required string Locale { get; set; }

    /// <summary>The customer's own words (a complaint); for agents only.</summary>
    public string? Note { get; set; }

    /// <summary>A reply to the customer's message (routing only, as Activity JSON): where agent messages go.</summary>
    public required byte[] ConversationReference { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>"agent", "customer" ("back to the bot"), "withdrawn" (the customer's "never mind" before an agent wrote) or "customer (STOP)".</summary>
    public string? ClosedBy { get; set; }
}
