using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Broadcasts.Sending;

/// <summary>
/// Drives campaigns: starts the due ones, fans them out, runs one <see cref="SenderPump"/> per channel with due
/// deliveries (each with its own rate limiter) and completes the finished ones. Everything it does is recorded as it
/// goes, so after a crash or restart it carries on from the database: nobody skipped, nobody twice.
/// </summary>
internal sealed partial class BroadcastWorker : BackgroundService
{
    private readonly CampaignProgress _progress;
    private readonly SenderPump _pump;
    private readonly SenderRates _rates;
    private readonly BroadcastsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<BroadcastWorker> _logger;
    private readonly ConcurrentDictionary<string, RateLimiter> _limiters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> _pumps = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0, 1);

    public BroadcastWorker(CampaignProgress progress, SenderPump pump, SenderRates rates, IOptions<BroadcastsOptions> options, TimeProvider time,
        ILogger<BroadcastWorker> logger)
    {
        _progress = progress;
        _pump = pump;
        _rates = rates;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Look at the campaigns now rather than at the next poll (a campaign was created or resumed).</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try { _wake.Release(); }
            catch (SemaphoreFullException) { }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                await _progress.ActivateDueAsync(stoppingToken);
                busy = await _progress.FanOutAsync(stoppingToken);
                foreach (var channel in await _progress.ChannelsDueAsync(stoppingToken)) StartPump(channel, stoppingToken);
                await _progress.CompleteFinishedAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogTickFailed(_logger, ex);
            }
            if (!busy) await WaitAsync(stoppingToken);
        }
        await Task.WhenAll(_pumps.Values);
    }

    private void StartPump(string channel, CancellationToken stoppingToken)
    {
        if (_pumps.TryGetValue(channel, out var running) && !running.IsCompleted) return;
        var limiter = _limiters.GetOrAdd(channel, c => new RateLimiter(_rates.For(c), _time));
        _pumps[channel] = Task.Run(async () =>
        {
            try
            {
                await _pump.RunAsync(channel, limiter, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                LogPumpFailed(_logger, ex, channel);
            }
        }, CancellationToken.None);
    }

    private async Task WaitAsync(CancellationToken stoppingToken)
    {
        using var timeout = new CancellationTokenSource(_options.PollInterval, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, stoppingToken);
        try
        {
            await _wake.WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override void Dispose()
    {
        base.Dispose(); // first: it cancels the stopping token, which a wait still running (a host that never stopped) holds on _wake
        _wake.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Broadcast worker pass failed; trying again at the next poll")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Broadcast sender for {ChannelId} failed; it restarts at the next poll")]
    private static partial void LogPumpFailed(ILogger logger, Exception exception, string channelId);
}
