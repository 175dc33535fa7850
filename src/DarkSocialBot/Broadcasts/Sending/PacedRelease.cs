using System.Threading.Channels;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts.Sending;

/// <summary>
/// Hands each paced message to the dispatcher at its slot, one at a time, and never more than the rate in any sliding
/// window (a stall is caught up only as far as that allows). The rows are already durable: stopping loses nothing,
/// and <see cref="OutboxDispatcher.EnqueueDue"/> checks a row is still pending, so nothing is sent twice.
/// </summary>
internal static class PacedRelease
{
    public static async Task RunAsync(ChannelReader<(OutboxEntry Entry, Activity Activity, DateTimeOffset At)> releases, RateLimiter limiter,
        OutboxDispatcher dispatcher, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var (entry, activity, at) in releases.ReadAllAsync(cancellationToken))
            {
                var wait = at - time.GetUtcNow();
                if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken);
                while (limiter.UntilWindowAllows() is { } hold && hold > TimeSpan.Zero) await Task.Delay(hold, time, cancellationToken);
                limiter.Released();
                dispatcher.EnqueueDue(entry, activity);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the rows stay pending and the dispatcher sends them after the restart.
        }
    }
}
