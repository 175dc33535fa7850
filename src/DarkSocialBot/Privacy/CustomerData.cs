using System.Text.Json;
using DarkSocialBot.Airline;
using DarkSocialBot.Attribution;

namespace DarkSocialBot.Privacy;

/// <summary>Everything stored about one customer (GDPR art. 15 and 20): what the admin export returns and the chat summary reads.</summary>
public sealed record CustomerData(
    string ChannelId, string UserId, string Pseudonym, DateTimeOffset ExportedAt,
    IReadOnlyList<CustomerData.Conversation> Conversations,
    IReadOnlyList<CustomerData.StateDocument> States,
    IReadOnlyList<AttributionAnswerView> Attribution,
    IReadOnlyList<CustomerData.Arrival> Arrivals,
    IReadOnlyList<CustomerData.MessageSentiment> Sentiments,
    CustomerData.ContactDetails? Contact,
    CustomerData.SubscriberDetails? Subscriber,
    IReadOnlyList<CustomerData.SubscriptionDetails> Subscriptions,
    IReadOnlyList<CustomerData.ConsentDecision> Consents,
    IReadOnlyList<CustomerData.HandoffRecord> Handoffs,
    IReadOnlyList<CustomerData.BagReportRecord> BagReports)
{
    /// <summary>
    /// A lost or damaged bag reported in one of their conversations: what they described, the phone number they gave, the
    /// photos and documents they sent (the provider's URLs), and whether the baggage desk has handled it.
    /// </summary>
    public sealed record BagReportRecord(string Reference, bool Damaged, string Description, string ContactPhone,
        IReadOnlyList<BagEvidence> Attachments, DateTimeOffset CreatedAt, DateTimeOffset? HandledAt);

    /// <summary>A conversation handed to a human agent: why, what the bot knew, the customer's own words, and when.</summary>
    public sealed record HandoffRecord(string ConversationKey, string Reason, string? Intent, string? BookingReference, string? Note,
        DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, string? ClosedBy);

    /// <summary>The customer as a broadcast subscriber.</summary>
    public sealed record SubscriberDetails(string? DisplayName, string Language, string TimeZone, string Tags, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt);

    public sealed record SubscriptionDetails(string Topic, string Purpose, string Status, DateTimeOffset CreatedAt, DateTimeOffset? EndedAt, string? EndReason);

    /// <summary>What the channel told us about the customer, and their opt-out.</summary>
    public sealed record ContactDetails(string? DisplayName, string? WaId, string? Bsuid, DateTimeOffset? OptedOutAt, DateTimeOffset? LastInboundAt);

    public sealed record Conversation(string ConversationKey, DateTimeOffset FirstSeenAt, IReadOnlyList<Message> Messages);

    /// <summary>A stored message: <c>in</c> from the customer, <c>out</c> from the bot.</summary>
    public sealed record Message(string Direction, DateTimeOffset At, string? Type, string? Text);

    public sealed record StateDocument(string Key, DateTimeOffset UpdatedAt, JsonElement Data);

    public sealed record Arrival(string Kind, string? Code, string? Source, string? Channel, string? Campaign, string? Medium, DateTimeOffset SeenAt);

    public sealed record MessageSentiment(DateTimeOffset At, double Compound, string Label, string Language);

    /// <summary>A consent record of the broadcasts: the topic and purpose, granted or withdrawn, the exact wording and its version.</summary>
    public sealed record ConsentDecision(string Topic, string Purpose, bool Granted, string WordingVersion, string Wording, string Source, DateTimeOffset RecordedAt);
}
