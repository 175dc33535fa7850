namespace DarkSocialBot.Outbox;

/// <summary>What a channel said about one send.</summary>
public sealed record DeliveryResult(DeliveryOutcome Outcome, string? ProviderMessageId = null, TimeSpan? RetryAfter = null, string? Error = null)
{
    public static DeliveryResult Sent(string? providerMessageId) => new(DeliveryOutcome.Sent, providerMessageId);
    public static DeliveryResult Retry(string error, TimeSpan? after = null) => new(DeliveryOutcome.Retry, RetryAfter: after, Error: error);
    public static DeliveryResult Failed(string error) => new(DeliveryOutcome.Failed, Error: error);
}

public enum DeliveryOutcome
{
    Sent,
    /// <summary>Transient (throttled, timed out, 5xx): try again later.</summary>
    Retry,
    /// <summary>Permanent (invalid recipient, opted out): never retried.</summary>
    Failed,
}
