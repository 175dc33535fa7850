using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Privacy.Providers;

/// <summary>
/// Carries out the deletions queued at the providers (<see cref="ProviderDeletionQueue"/>), as the outbox dispatcher does
/// deliveries: due rows are leased to this host (<c>Outbox:InstanceId</c>, <c>Outbox:LeaseDuration</c>) every
/// <c>Outbox:PollInterval</c>, so several hosts share the queue and a restart resumes it; a provider that cannot now is tried
/// again after an exponential backoff with jitter (<c>Outbox:FirstRetryDelay</c> up to <see cref="PrivacyOptions.ProviderDeletionMaxRetryDelay"/>,
/// or after its Retry-After: a throttled provider's other deletions wait too) for up to <see cref="PrivacyOptions.ProviderDeletionRetryFor"/>;
/// a refusal, or still no deletion after that, is recorded as failed with the provider's answer.
/// </summary>
internal sealed partial class ProviderDeletionWorker(StorageWriter writer, ProviderDeleter deleter, IOptions<OutboxOptions> outbox,
    IOptions<PrivacyOptions> privacy, TimeProvider time, ILogger<ProviderDeletionWorker> logger) : BackgroundService
{
    private const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(outbox.Value.PollInterval, time);
        do
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPollFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunDueAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = time.GetUtcNow();
            var due = await writer.ExecuteAsync(new ProviderDeletionClaim(outbox.Value.InstanceId, now, now + outbox.Value.LeaseDuration, BatchSize));
            var held = new HashSet<ProviderResourceKind>();
            foreach (var row in due)
            {
                // A provider that throttled earlier in this batch: the hold moved its other deletions to later, these included
                // (this host keeps their lease and claims them again when they are due).
                if (held.Contains(row.Kind)) continue;
                held.UnionWith(await DeleteAsync(row, cancellationToken));
            }
            if (due.Count < BatchSize) return;
        }
    }

    /// <returns>The kinds of the provider that throttled, whose other deletions wait now; else none.</returns>
    private async Task<ProviderResourceKind[]> DeleteAsync(ProviderDeletion row, CancellationToken cancellationToken)
    {
        DeliveryResult result;
        try
        {
            result = await deleter.DeleteAsync(row.Kind, row.Resource, row.Scope, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The provider unreachable (connection refused, reset, timed out): try again later.
            result = DeliveryResult.Retry(ex is HttpRequestException or TimeoutException or TaskCanceledException ? $"the provider did not answer ({ex.GetType().Name})" : ex.GetType().Name);
        }
        var now = time.GetUtcNow();
        var attempt = row.Attempts + 1;
        if (result.Outcome == DeliveryOutcome.Sent)
        {
            await writer.ExecuteAsync(ProviderDeletionUpdate.Done(row.Id));
            return [];
        }
        if (result.Outcome == DeliveryOutcome.Failed || now - row.CreatedAt >= privacy.Value.ProviderDeletionRetryFor)
        {
            LogFailed(logger, row.Id, row.Kind, attempt, result.Error);
            await writer.ExecuteAsync(ProviderDeletionUpdate.Failed(row.Id, now, result.Error));
            return [];
        }
        var next = now + (result.RetryAfter ?? Backoff(attempt));
        ProviderResourceKind[] hold = Throttled(result)
            ? row.Kind == ProviderResourceKind.WhatsAppMedia ? [ProviderResourceKind.WhatsAppMedia] : [ProviderResourceKind.TwilioMessage, ProviderResourceKind.TwilioMedia]
            : [];
        LogRetrying(logger, row.Id, row.Kind, attempt, (next - now).TotalMilliseconds, result.Error);
        await writer.ExecuteAsync(ProviderDeletionUpdate.Again(row.Id, next, result.Error, hold));
        return hold;
    }

    private static bool Throttled(DeliveryResult result) =>
        result.RetryAfter is not null || result.ErrorCode == TwilioErrors.TooManyRequests
        || result.Error?.StartsWith(DeliveryFailures.Throttled, StringComparison.Ordinal) == true;

    private TimeSpan Backoff(int attempt) =>
        RetryBackoff.After(attempt, outbox.Value.FirstRetryDelay, privacy.Value.ProviderDeletionMaxRetryDelay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Provider deletion poll failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Provider deletion {DeletionId} ({Kind}) failed for good after {Attempts} attempt(s): {Error}")]
    private static partial void LogFailed(ILogger logger, long deletionId, ProviderResourceKind kind, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Provider deletion {DeletionId} ({Kind}) attempt {Attempt} failed ({Error}); retrying in {DelayMs} ms")]
    private static partial void LogRetrying(ILogger logger, long deletionId, ProviderResourceKind kind, int attempt, double delayMs, string? error);
}
