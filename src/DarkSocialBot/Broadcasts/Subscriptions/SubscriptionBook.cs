using DarkSocialBot.Storage;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Broadcasts.Subscriptions;

/// <summary>Subscribe and unsubscribe: the writes the chat side and the import share, through the storage writer.</summary>
internal sealed class SubscriptionBook(StorageWriter writer, IOptions<BroadcastsOptions> options, TimeProvider time)
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

}
