using Microsoft.Extensions.Options;

namespace DarkSocialBot.Privacy;

/// <summary>Runs the <see cref="RetentionSweeper"/> at start and then every <see cref="PrivacyOptions.RetentionSweepInterval"/>.</summary>
internal sealed partial class RetentionWorker(RetentionSweeper sweeper, IOptions<PrivacyOptions> options, TimeProvider time, ILogger<RetentionWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionSweepInterval, time);
        do
        {
            try
            {
                await sweeper.SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSweepFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention purge failed; it runs again at the next interval")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
