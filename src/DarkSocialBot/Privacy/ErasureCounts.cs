namespace DarkSocialBot.Privacy;

/// <summary>How many rows an erasure removed, per table (what the admin endpoint returns).</summary>
public sealed record ErasureCounts(
    int Conversations, int InboxMessages, int OutboxMessages, int StateDocuments, int AttributionAnswers, int Arrivals,
    int Sentiments, int Consents)
{
    public int Total => InboxMessages + OutboxMessages + StateDocuments + AttributionAnswers + Arrivals + Sentiments + Consents + Conversations;
}
