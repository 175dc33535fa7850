using System.Threading.Channels;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Broadcasts.Sending;

/// <summary>
/// Moves one sender's due deliveries into the outbox at its rate: holds the channel's lease, waits while the
/// provider pushes back (outbox rows being retried) or too many messages are in flight, takes permits from the rate
/// limiter, re-checks each delivery and hands the dispatched ones to the outbox dispatcher. Ends when nothing is due.
/// </summary>
internal sealed partial class SenderPump(
    StorageWriter writer,
    IDbContextFactory<BotDbContext> dbFactory,
    OutboxDispatcher dispatcher,
    CampaignPlans plans,
    SendRules rules,
    IOptions<BroadcastsOptions> options,
    IOptions<OutboxOptions> outboxOptions,
    TimeProvider time,
    ILogger<SenderPump> logger)
{
    private readonly BroadcastsOptions _options = options.Value;
    private readonly OutboxOptions _outbox = outboxOptions.Value;

    /// <summary>How far ahead a paced sender reserves its slots and moves messages into the outbox.</summary>
    private static readonly TimeSpan Horizon = TimeSpan.FromMilliseconds(250);

    public async Task RunAsync(string channelId, RateLimiter limiter, CancellationToken cancellationToken)
    {
        var renewAt = DateTimeOffset.MinValue;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        var releases = Channel.CreateUnbounded<(OutboxEntry Entry, Activity Activity, DateTimeOffset At)>(new() { SingleReader = true });
        var releaser = PacedRelease.RunAsync(releases.Reader, limiter, dispatcher, time, cancellationToken);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var now = time.GetUtcNow();
                if (now >= renewAt)
                {
                    if (!await writer.ExecuteAsync(new SenderLeaseClaim(channelId, _outbox.InstanceId, now, now + _options.SenderLease))) return;
                    renewAt = now + _options.SenderLease / 3;
                }
                var (pending, retrying, nextRetry) = await DeliveryQueue.OutboxLoadAsync(connection, channelId, cancellationToken);
                if (retrying > 0)
                {
                    LogBackpressure(logger, channelId, retrying);
                    var wait = (nextRetry ?? now) - now;
                    await Task.Delay(wait < TimeSpan.FromMilliseconds(50) ? TimeSpan.FromMilliseconds(50) : wait > TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait, time, cancellationToken);
                    continue;
                }
                var room = Math.Min(_options.MaxInFlight - pending, _options.DispatchBatchSize);
                if (room <= 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(10), time, cancellationToken);
                    continue;
                }
                var slots = limiter.Reserve(room, Horizon, out var delay);
                if (slots.Count == 0)
                {
                    await Task.Delay(delay, time, cancellationToken);
                    continue;
                }
                now = time.GetUtcNow();
                // Read a little more than the slots: skipped and deferred deliveries need none.
                var readLimit = limiter.Unlimited ? room : Math.Max(slots.Count, Math.Min(room, 50));
                var decisions = await DecideAsync(connection, channelId, readLimit, slots.Count, now, cancellationToken);
                if (decisions.Count == 0)
                {
                    limiter.Return(slots.Count);
                    return;
                }
                var at = limiter.Unlimited ? null : slots.ConvertAll(delay => now + delay);
                var moved = await writer.ExecuteAsync(new DeliveryMove(decisions, now, _outbox.InstanceId, now + _outbox.LeaseDuration, at,
                    limiter.Unlimited ? EnqueueNow : list => list.ForEach(item => releases.Writer.TryWrite(item))));
                limiter.Return(slots.Count - moved);
            }
        }
        finally
        {
            releases.Writer.TryComplete();
            await releaser;
            // Let another host (or the next pump) take over at once.
            var now = time.GetUtcNow();
            try { await writer.ExecuteAsync(new SenderLeaseClaim(channelId, _outbox.InstanceId, now, now - TimeSpan.FromTicks(1))); }
            catch (Exception ex) when (ex is not OutOfMemoryException) { LogReleaseFailed(logger, ex, channelId); }
        }
    }

    private void EnqueueNow(List<(OutboxEntry Entry, Activity Activity, DateTimeOffset At)> moved) =>
        dispatcher.Enqueue(moved.Select(m => (m.Entry, m.Activity)));

    /// <summary>Decisions for up to <paramref name="readLimit"/> due deliveries, at most <paramref name="dispatchLimit"/> of them dispatches.</summary>
    private async Task<List<SendDecision>> DecideAsync(System.Data.Common.DbConnection connection, string channelId, int readLimit,
        int dispatchLimit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var decisions = new List<SendDecision>(readLimit);
        var dispatches = 0;
        var read = 0;
        foreach (var campaign in await plans.RunningAsync(connection, cancellationToken))
        {
            foreach (var delivery in await DeliveryQueue.DueAsync(connection, campaign, channelId, now, readLimit - read, cancellationToken))
            {
                read++;
                var decision = rules.Decide(delivery, campaign, now);
                if (decision.Action != SendAction.Dispatch) decisions.Add(decision);
                else if (dispatches < dispatchLimit)
                {
                    dispatches++;
                    decisions.Add(decision with { Activity = BroadcastMessage.Create(delivery, campaign, rules.IsSms(channelId), now) });
                }
            }
            if (read >= readLimit || dispatches >= dispatchLimit) break;
        }
        return decisions;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sender {ChannelId}: {Retrying} message(s) being retried; waiting before moving more")]
    private static partial void LogBackpressure(ILogger logger, string channelId, int retrying);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release the sender lease of {ChannelId}; it expires on its own")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, string channelId);
}
