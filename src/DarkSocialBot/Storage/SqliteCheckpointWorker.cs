using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Storage;

/// <summary>
/// Moves SQLite's WAL checkpoints (and their fsyncs) off the write path: connections don't checkpoint on commit
/// (<c>wal_autocheckpoint=0</c>, see <see cref="SqlitePragmas"/>); this worker runs a passive checkpoint every
/// second on its own connection, which SQLite lets run beside the writer.
/// </summary>
internal sealed partial class SqliteCheckpointWorker(IDbContextFactory<BotDbContext> dbFactory, TimeProvider time, ILogger<SqliteCheckpointWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(stoppingToken);
        if (!db.Database.IsSqlite()) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE);", stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogCheckpointFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQLite checkpoint failed; retrying in a second")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}
