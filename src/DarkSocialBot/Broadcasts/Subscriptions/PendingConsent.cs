namespace DarkSocialBot.Broadcasts.Subscriptions;

/// <summary>
/// In conversation state: the consent question asked for a topic, waiting for a yes or no; or, with the topic <c>flight</c> and
/// no wording, "which flight?", waiting for a flight number.
/// </summary>
internal sealed class PendingConsent
{
    public string? Topic { get; set; }
    public string? WordingVersion { get; set; }
    public string? Language { get; set; }
    public DateTimeOffset AskedAt { get; set; }
}
