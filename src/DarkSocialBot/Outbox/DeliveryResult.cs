using DarkSocialBot.Storage;

namespace DarkSocialBot.Outbox;

/// <summary>What a channel said about one send.</summary>
public sealed record DeliveryResult(
    DeliveryOutcome Outcome,
    string? ProviderMessageId = null,
    TimeSpan? RetryAfter = null,
    string? Error = null,
    string? ErrorCode = null,
    DeliveryStatus? Status = null)
{
    /// <param name="status">The provider's first delivery state (Twilio answers <c>queued</c>), when it reports one.</param>
    public static DeliveryResult Sent(string? providerMessageId, DeliveryStatus? status = null) =>
        new(DeliveryOutcome.Sent, providerMessageId, Status: status);

    public static DeliveryResult Retry(string error, TimeSpan? after = null, string? errorCode = null) =>
        new(DeliveryOutcome.Retry, RetryAfter: after, Error: error, ErrorCode: errorCode);

    /// <param name="error">Starts with one of <see cref="DeliveryFailures"/> when the reason is one of those.</param>
    public static DeliveryResult Failed(string error, string? errorCode = null) =>
        new(DeliveryOutcome.Failed, Error: error, ErrorCode: errorCode, Status: DeliveryStatus.Failed);
}

public enum DeliveryOutcome
{
    Sent,
    /// <summary>Transient (throttled, timed out, 5xx): try again later.</summary>
    Retry,
    /// <summary>Permanent (invalid recipient, opted out): never retried.</summary>
    Failed,
}
