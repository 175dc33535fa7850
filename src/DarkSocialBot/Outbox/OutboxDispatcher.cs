using System.Collections.Concurrent;
using System.Text.Json;
using DarkSocialBot.Channels.BotFramework;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Health;
using DarkSocialBot.Storage;
using DarkSocialBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Outbox;

/// <summary>
/// Delivers the outbox: replies of a committed turn arrive here at once; anything left pending (a restart, a
/// long back-off) is picked up by polling, and replies held behind an older message as soon as that one is done.
/// Deliveries run in order per conversation, are retried with backoff (honouring Retry-After) and are recorded after
/// each attempt, so a restart resumes without resending what was sent.
/// </summary>
public sealed partial class OutboxDispatcher : BackgroundService
{
    private const string OlderPending = "SELECT id FROM outbox WHERE conversation_key = @k AND status = 0 AND id < @i";
    private const int MaxHeld = 10_000;

    private readonly StorageWriter _writer;
    private readonly IDbContextFactory<BotDbContext> _dbFactory;
    private readonly IChannelSender[] _senders;
    private readonly BotFrameworkSender _fallback;
    private readonly OutboxOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxDispatcher> _logger;
    private readonly BotMetrics _metrics;
    private readonly KeyedSequencer<OutboxItem> _lanes;
    private readonly ConcurrentDictionary<long, byte> _inFlight = new();
    private readonly ConcurrentDictionary<string, byte> _held = new(StringComparer.Ordinal); // conversations with replies waiting their turn
    private readonly SemaphoreSlim _pollNow = new(0, 1);
    private readonly CancellationTokenSource _stopping = new();

    public OutboxDispatcher(StorageWriter writer, IDbContextFactory<BotDbContext> dbFactory, IEnumerable<IChannelSender> senders,
        BotFrameworkSender fallback, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxDispatcher> logger, BotMetrics metrics)
    {
        _metrics = metrics;
        _writer = writer;
        _dbFactory = dbFactory;
        _senders = [.. senders];
        _fallback = fallback;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _lanes = new KeyedSequencer<OutboxItem>(DeliverAsync, logger);
    }

    /// <summary>Queues freshly committed replies (called by the writer, in commit order).</summary>
    public void Enqueue(IEnumerable<(OutboxEntry Entry, Activity Activity)> replies)
    {
        foreach (var (entry, activity) in replies) Enqueue(entry, activity, fromPoll: false);
    }

    /// <summary>
    /// Queues a stored delivery that has become due (a paced broadcast released at its slot). Like a polled one it is
    /// checked to be still pending first, so it is never sent twice whoever picks it up.
    /// </summary>
    public void EnqueueDue(OutboxEntry entry, Activity activity) => Enqueue(entry, activity, fromPoll: true);

    /// <summary>
    /// Whether new pending rows of a conversation (the first one <paramref name="firstId"/>) may go out at once. Not while
    /// an older pending row of that conversation is not queued here: backing off after a restart, waiting for its
    /// broadcast slot, or leased by another host. Sent at once, the new rows would overtake it; left to the poll, whose
    /// claim takes a conversation's rows oldest first, they follow it. Runs in the transaction that inserts the rows.
    /// When the older row is delivered here (a broadcast at its slot, say), the poll runs at once instead of at its next tick.
    /// </summary>
    internal async ValueTask<bool> MaySendAtOnceAsync(WriteSession session, string conversationKey, long firstId)
    {
        await using var reader = await session.Command(OlderPending).With("@k", conversationKey).With("@i", firstId)
            .ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            if (_inFlight.ContainsKey(reader.GetInt64(0))) continue;
            // Marked before the commit, so a delivery that ends in between still finds it. A mark whose older row another
            // host delivers stays until a delivery of that conversation here: bounded, as the poll sends those rows anyway.
            if (_held.Count >= MaxHeld) _held.Clear();
            _held[conversationKey] = 0;
            return false;
        }
        return true;
    }

    private void Enqueue(OutboxEntry entry, Activity? activity, bool fromPoll)
    {
        if (_inFlight.TryAdd(entry.Id, 0)) _lanes.Enqueue(entry.ConversationKey, new OutboxItem(entry, activity, fromPoll));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var link = stoppingToken.Register(_stopping.Cancel);
        using var timer = new PeriodicTimer(_options.PollInterval, _time);
        Task<bool>? tick = null;
        Task? early = null;
        while (true)
        {
            try
            {
                await EnqueueDueAsync();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPollFailed(_logger, ex);
            }
            // The next tick, or earlier when a delivery that held back newer replies is done. Whichever did not come
            // stays armed for the next wait (a semaphore wait abandoned here would swallow a later signal).
            tick ??= timer.WaitForNextTickAsync(stoppingToken).AsTask();
            early ??= _pollNow.WaitAsync(stoppingToken);
            try
            {
                if (await Task.WhenAny(tick, early) == early)
                {
                    await early; // throws when stopping
                    early = null;
                    continue;
                }
                if (!await tick) return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Stopped: ends quietly. Ending cancelled would read as a crash to a host not itself stopping (the dispatcher
                // stopped on its own), whose default is then to stop the whole application.
                return;
            }
            tick = null;
        }
    }

    private async Task EnqueueDueAsync()
    {
        var now = _time.GetUtcNow();
        var due = await _writer.ExecuteAsync(new OutboxClaim(_options.InstanceId, now, now + _options.LeaseDuration, 500));
        foreach (var entry in due) Enqueue(entry, null, fromPoll: true);
    }

    private async Task DeliverAsync(OutboxItem item)
    {
        var entry = item.Entry;
        try
        {
            // A polled row may have been delivered by the fast path since it was read.
            if (_stopping.IsCancellationRequested) return; // stays pending for the next start
            if (item.FromPoll && !await IsStillPendingAsync(entry.Id)) return;
            var activity = item.Activity ?? JsonSerializer.Deserialize(entry.Payload, ActivityJson.Default.Activity)!;
            var sender = Array.Find(_senders, s => s.Handles(entry.ChannelId)) ?? _fallback;
            for (var attempt = entry.Attempts + 1; ; attempt++)
            {
                var started = _time.GetUtcNow();
                var result = await TrySendAsync(sender, activity, entry);
                var now = _time.GetUtcNow();
                var givingUp = result.Outcome == DeliveryOutcome.Failed || (result.Outcome == DeliveryOutcome.Retry && attempt >= _options.MaxAttempts);
                _metrics.Delivery(entry.ChannelId, result.Outcome == DeliveryOutcome.Sent ? "sent" : givingUp ? "failed" : "retry");
                if (result.Outcome == DeliveryOutcome.Sent)
                {
                    await _writer.ExecuteAsync(new OutboxUpdate(entry.Id, OutboxStatus.Sent, now, now, result, sentAt: started));
                    return;
                }
                if (givingUp)
                {
                    LogGaveUp(_logger, entry.Id, entry.ChannelId, attempt, result.Error);
                    await _writer.ExecuteAsync(new OutboxUpdate(entry.Id, OutboxStatus.Failed, now, now, result));
                    return;
                }
                var delay = result.RetryAfter ?? Backoff(attempt);
                await _writer.ExecuteAsync(new OutboxUpdate(entry.Id, OutboxStatus.Pending, now, now + delay, result, now + delay + _options.LeaseDuration));
                LogRetrying(_logger, entry.Id, entry.ChannelId, attempt, delay.TotalMilliseconds, result.Error);
                await Task.Delay(delay, _time, _stopping.Token);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: the row stays pending and is picked up at the next start.
        }
        finally
        {
            _inFlight.TryRemove(entry.Id, out _);
            if (!_held.IsEmpty && _held.TryRemove(entry.ConversationKey, out _) && _pollNow.CurrentCount == 0)
            {
                try { _pollNow.Release(); } catch (SemaphoreFullException) { } // a poll is already signalled
            }
        }
    }

    private async Task<DeliveryResult> TrySendAsync(IChannelSender sender, Activity activity, OutboxEntry entry)
    {
        try
        {
            // Not cancelled on stop: a send the provider may already have accepted must be recorded (StopAsync waits for it).
            return await sender.SendAsync(activity, entry, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // Transport trouble, or a bug in a sender: either way an attempt, so retries stay bounded. While stopping too:
            // it is recorded (StopAsync waits for it) and the row waits for the next start.
            LogSendFailed(_logger, ex, entry.Id, entry.ChannelId);
            return DeliveryResult.Retry(ex is HttpRequestException or TimeoutException or TaskCanceledException ? ex.Message : ex.GetType().Name);
        }
    }

    private TimeSpan Backoff(int attempt) => RetryBackoff.After(attempt, _options.FirstRetryDelay, _options.MaxRetryDelay);

    private async Task<bool> IsStillPendingAsync(long id)
    {
        await using var db = await _dbFactory.CreateDbContextAsync(_stopping.Token);
        return await db.Outbox.AnyAsync(e => e.Id == id && e.Status == OutboxStatus.Pending, _stopping.Token);
    }

    /// <summary>Stops taking work, then waits (up to 10 s) for sends already under way to be recorded.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _stopping.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            return; // already stopped and disposed
        }
        var waited = System.Diagnostics.Stopwatch.StartNew(); // real time: a test's fake clock may stand still
        while (!_inFlight.IsEmpty && waited.Elapsed < TimeSpan.FromSeconds(10) && !cancellationToken.IsCancellationRequested)
            await Task.Delay(TimeSpan.FromMilliseconds(20), CancellationToken.None);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        base.Dispose(); // first: it cancels the stopping token, whose callback still cancels _stopping (a host that never stopped)
        _stopping.Dispose();
        _pollNow.Dispose();
    }

    private sealed record OutboxItem(OutboxEntry Entry, Activity? Activity, bool FromPoll);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending delivery {OutboxId} on {ChannelId} threw")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, long outboxId, string channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox poll failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {OutboxId} on {ChannelId} failed for good after {Attempts} attempt(s): {Error}")]
    private static partial void LogGaveUp(ILogger logger, long outboxId, string channelId, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery {OutboxId} on {ChannelId} attempt {Attempt} failed ({Error}); retrying in {DelayMs} ms")]
    private static partial void LogRetrying(ILogger logger, long outboxId, string channelId, int attempt, double delayMs, string? error);
}
