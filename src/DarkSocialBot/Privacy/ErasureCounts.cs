namespace DarkSocialBot.Privacy;

/// <summary>
/// How many rows an erasure removed, per table (what the admin endpoint returns). <see cref="Contacts"/> counts contact rows
/// removed or, for a customer who opted out, reduced to the opt-out alone; <see cref="Subscribers"/> subscribers removed or,
/// for one who withdrew a consent, reduced to the withdrawals (whose subscriptions and consent records are kept, not counted).
/// <see cref="BagReports"/> counts handled bag reports deleted; open ones are kept until handled and named in <see cref="KeptBagReports"/>.
/// </summary>
public sealed record ErasureCounts(
    int Conversations, int InboxMessages, int OutboxMessages, int StateDocuments, int AttributionAnswers, int Arrivals,
    int Sentiments, int Contacts, int Subscribers, int Subscriptions, int Consents, int BroadcastDeliveries, int Handoffs, int BagReports)
{
    public int Total => Conversations + InboxMessages + OutboxMessages + StateDocuments + AttributionAnswers + Arrivals + Sentiments
        + Contacts + Subscribers + Subscriptions + Consents + BroadcastDeliveries + Handoffs + BagReports;

    /// <summary>
    /// The references of the customer's open bag reports, kept: the bag cannot be traced and returned without them (the
    /// purpose they were given for is not over, GDPR art. 17(1)(a)). Each is deleted when the baggage desk marks it handled.
    /// </summary>
    public IReadOnlyList<string> KeptBagReports { get; init; } = [];

    /// <summary>
    /// Deletions queued at the providers (not counted in <see cref="Total"/>): the customer's Twilio messages and their media,
    /// WhatsApp Cloud media they sent, the evidence of their handled bag reports. They are carried out in the background, retried
    /// while the provider cannot; <c>GET /api/admin/privacy/provider-deletions</c> lists those still waiting or refused.
    /// </summary>
    public int ProviderDeletions { get; init; }
}
