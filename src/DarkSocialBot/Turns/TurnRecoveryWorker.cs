using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Turns;

/// <summary>At start-up, runs the turns of activities that were stored but never processed (a crash or a stop mid-turn).</summary>
public sealed partial class TurnRecoveryWorker(
    IDbContextFactory<BotDbContext> dbFactory,
    TurnProcessor processor,
    ILogger<TurnRecoveryWorker> logger) : BackgroundService
{
    private long _upTo;

    /// <summary>Fixes the set to resume before the server accepts requests, so a new activity is never run twice.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            _upTo = await db.Inbox.Where(e => e.Status == InboxStatus.Pending).MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long after = 0;
        var resumed = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            await using var db = await dbFactory.CreateDbContextAsync(stoppingToken);
            var batch = await db.Inbox.AsNoTracking()
                .Where(e => e.Status == InboxStatus.Pending && e.Id > after && e.Id <= _upTo)
                .OrderBy(e => e.Id).Take(500)
                .Select(e => new { e.Id, e.Payload })
                .ToListAsync(stoppingToken);
            if (batch.Count == 0) break;
            foreach (var row in batch)
            {
                after = row.Id;
                if (JsonSerializer.Deserialize(row.Payload, ActivityJson.Default.Activity) is { } activity)
                {
                    processor.Resume(activity);
                    resumed++;
                }
            }
        }
        if (resumed > 0) LogResumed(logger, resumed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming {Count} stored activities whose turns had not run")]
    private static partial void LogResumed(ILogger logger, int count);
}
