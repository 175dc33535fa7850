using System.Threading.Channels;
using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts.Sending;

/// <summary>
/// Hands each paced message to the dispatcher at its slot, one at a time, and never more than the rate in any sliding
/// window (a stall is caught up only as far as that allows). An SMS counts as many as its segments. The rows are already durable: stopping loses nothing,
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
                // An SMS counts its segments, as the carrier's messages-per-second limit does.
                var permits = entry.ChannelId == TwilioChannels.Sms ? SmsSegments.Count(activity.Text) : 1;
                while (limiter.UntilWindowAllows(permits) is { } hold && hold > TimeSpan.Zero) await Task.Delay(hold, time, cancellationToken);
                limiter.Released(permits);
                dispatcher.EnqueueDue(entry, activity);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the rows stay pending and the dispatcher sends them after the restart.
        }
    }
}
