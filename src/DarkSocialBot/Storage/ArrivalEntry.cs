namespace DarkSocialBot.Storage;

/// <summary>
/// A tracked way into a conversation (Messenger <c>ref</c>, WhatsApp pre-filled code, UTM code), seen at its start; one per
/// customer and conversation. Customer and conversation appear only as keyed pseudonyms.
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
}
