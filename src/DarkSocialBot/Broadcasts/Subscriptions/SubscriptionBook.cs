using DarkSocialBot.Storage;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Broadcasts.Subscriptions;

/// <summary>Subscribe, unsubscribe and "seen": the writes the chat side and the import share, through the storage writer.</summary>
internal sealed partial class SubscriptionBook(StorageWriter writer, IOptions<BroadcastsOptions> options, TimeProvider time, ILogger<SubscriptionBook> logger)
{
    public Task<int> SubscribeAsync(IReadOnlyList<SubscribeRow> rows, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return writer.ExecuteAsync(new SubscribeOperation(rows, time.GetUtcNow(), options.Value.DefaultTimeZone));
    }

    /// <summary>Ends the matching active subscriptions of a customer on a channel; returns their topics.</summary>
    public Task<IReadOnlyList<string>> UnsubscribeAsync(string channelId, string userId, Func<string, bool> topics, string reason,
        string evidence, string wording, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return writer.ExecuteAsync(new UnsubscribeOperation(channelId, userId, topics, reason, evidence, wording, time.GetUtcNow()));
    }

    /// <summary>Records that the customer wrote (for last-seen segments); not awaited by the turn, a failure is only logged.</summary>
    public void Seen(string channelId, string userId)
    {
        _ = writer.ExecuteAsync(new SubscriberSeen(channelId, userId, time.GetUtcNow())).ContinueWith(
            task => LogSeenFailed(logger, task.Exception!), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not record a subscriber's last-seen time")]
    private static partial void LogSeenFailed(ILogger logger, Exception exception);
}
