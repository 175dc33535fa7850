using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Storage;

/// <summary>
/// Group commit: one writer owns one connection and runs queued write operations in shared transactions, each
/// inside its own savepoint so one operation's failure or conflict never undoes another's. Durable turns at
/// thousands per second need this: SQLite commits one transaction at a time, but a transaction can hold hundreds
/// of turns. An operation's caller is answered only after the transaction commits.
/// </summary>
public sealed partial class StorageWriter : IAsyncDisposable
{
    private const int MaxBatch = 256;
    private readonly Channel<WriteOperation> _queue = Channel.CreateUnbounded<WriteOperation>(new() { SingleReader = true });
    private readonly IDbContextFactory<BotDbContext> _dbFactory;
    private readonly ILogger<StorageWriter> _logger;
    private readonly Task _loop;

    public StorageWriter(IDbContextFactory<BotDbContext> dbFactory, ILogger<StorageWriter> logger)
    {
        _dbFactory = dbFactory;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    public Task<T> ExecuteAsync<T>(WriteOperation<T> operation)
    {
        if (!_queue.Writer.TryWrite(operation)) operation.Fail(new ObjectDisposedException(nameof(StorageWriter)));
        return operation.Task;
    }

    private async Task RunAsync()
    {
        var batch = new List<WriteOperation>(MaxBatch);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            try
            {
                await using var db = await _dbFactory.CreateDbContextAsync().ConfigureAwait(false);
                await db.Database.OpenConnectionAsync().ConfigureAwait(false); // through EF, so per-connection settings apply
                var connection = db.Database.GetDbConnection();
                using var session = new WriteSession(connection);
                while (await reader.WaitToReadAsync().ConfigureAwait(false))
                {
                    batch.Clear();
                    while (batch.Count < MaxBatch && reader.TryRead(out var operation)) batch.Add(operation);
                    await WriteBatchAsync(session, batch).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException)
            {
                LogConnectionLost(_logger, ex);
                foreach (var operation in batch) operation.Fail(ex);
                batch.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(200)).ConfigureAwait(false);
            }
        }
    }

    private async Task WriteBatchAsync(WriteSession session, List<WriteOperation> batch)
    {
        try
        {
            await WriteBatchAsync(session, batch, isolateEveryOperation: false).ConfigureAwait(false);
        }
        catch (RetryWithSavepointsException)
        {
            // An operation without a savepoint failed: nothing was committed; run the batch again, each one isolated.
            await WriteBatchAsync(session, batch, isolateEveryOperation: true).ConfigureAwait(false);
        }
    }

    private static async Task WriteBatchAsync(WriteSession session, List<WriteOperation> batch, bool isolateEveryOperation)
    {
        var errors = new Exception?[batch.Count];
        await using (var transaction = await session.Connection.BeginTransactionAsync().ConfigureAwait(false))
        {
            session.Transaction = transaction;
            try
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    var isolated = isolateEveryOperation || batch[i].NeedsSavepoint;
                    if (isolated) await session.ExecuteAsync("SAVEPOINT op").ConfigureAwait(false);
                    var kept = false;
                    try
                    {
                        kept = await batch[i].ExecuteAsync(session).ConfigureAwait(false);
                    }
                    catch (DbException ex) when (isolated)
                    {
                        errors[i] = ex;
                    }
                    catch (DbException ex)
                    {
                        throw new RetryWithSavepointsException(ex);
                    }
                    if (!isolated) continue;
                    await session.ExecuteAsync(kept ? "RELEASE SAVEPOINT op" : "ROLLBACK TO SAVEPOINT op").ConfigureAwait(false);
                    if (!kept) await session.ExecuteAsync("RELEASE SAVEPOINT op").ConfigureAwait(false);
                }
                await transaction.CommitAsync().ConfigureAwait(false);
            }
            catch (DbException ex)
            {
                // Nothing of this batch was written: every caller learns it, none is told otherwise.
                foreach (var operation in batch) operation.Fail(ex);
                return;
            }
            finally
            {
                session.Transaction = null;
            }
        }
        for (var i = 0; i < batch.Count; i++)
        {
            if (errors[i] is { } error) batch[i].Fail(error);
            else batch[i].Complete();
        }
    }

    private sealed class RetryWithSavepointsException(Exception inner) : Exception(inner.Message, inner);

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Storage writer lost its connection; the batch failed and will be retried by its callers")]
    private static partial void LogConnectionLost(ILogger logger, Exception exception);
}
