namespace DarkSocialBot.Storage;

/// <summary>
/// A tracked way into a conversation (Messenger <c>ref</c>, WhatsApp pre-filled code, UTM code, an ad): one per customer,
/// conversation and way in (<see cref="EntryKey"/>), so a customer who comes back into the same thread through another
/// link is recorded again, and the same referral delivered twice once. Customer and conversation appear only as keyed pseudonyms.
/// </summary>
public sealed class ArrivalEntry
{
    public long Id { get; set; }
    public required string CustomerKey { get; set; }
    public required string ConversationRef { get; set; }
    public required string ChatChannel { get; set; }
    public required string Kind { get; set; }
    public string? Code { get; set; }
    public string? Source { get; set; }
    public string? ShareChannel { get; set; }
    public string? Campaign { get; set; }
    public string? Medium { get; set; }
    public DateTimeOffset SeenAt { get; set; }

    /// <summary>
    /// The way in, <c>Kind:Code:Campaign:Medium</c> (<c>MessengerRef:SPRING24::</c>, <c>Utm::spring:sms</c>): unique with the customer and
    /// conversation. Empty for arrivals recorded before 2026-12-08, when a conversation kept only its first.
    /// </summary>
    public string EntryKey { get; set; } = "";
}
