namespace DarkSocialBot.Contacts;

/// <summary>What senders and the opt-out middleware need to know about a customer on one channel.</summary>
public sealed record ContactSnapshot(
    string UserId,
    string? DisplayName,
    string? WaId,
    string? Bsuid,
    DateTimeOffset? OptedOutAt,
    DateTimeOffset? LastInboundAt,
    string? OfferedChoices)
{
    public bool IsOptedOut => OptedOutAt is not null;

    /// <summary>Whether the customer wrote within <paramref name="window"/> before <paramref name="now"/> (WhatsApp and Messenger: 24 h).</summary>
    public bool WroteWithin(TimeSpan window, DateTimeOffset now) => LastInboundAt is { } last && now - last < window;
}
