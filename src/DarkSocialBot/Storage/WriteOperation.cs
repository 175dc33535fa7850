namespace DarkSocialBot.Storage;

/// <summary>A unit of work for <see cref="StorageWriter"/>; it runs inside a savepoint of a shared transaction.</summary>
public abstract class WriteOperation
{
    /// <returns>true to keep what it wrote, false to roll its savepoint back (for example on a version conflict).</returns>
    public abstract ValueTask<bool> ExecuteAsync(WriteSession session);

    /// <summary>
    /// Whether the operation may write something and then need to undo it (return false or throw midway). Single
    /// statements don't, and skip the savepoint; if one throws anyway, the writer retries the batch with savepoints.
    /// </summary>
    public virtual bool NeedsSavepoint => true;

    /// <summary>Called on the writer after the transaction committed, in queue order.</summary>
    public abstract void Complete();

    public abstract void Fail(Exception exception);
}

/// <summary>A write operation with a result for its caller.</summary>
public abstract class WriteOperation<T> : WriteOperation
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<T> Task => _completion.Task;

    protected abstract T Result { get; }

    public override void Complete()
    {
        OnCommitted();
        _completion.TrySetResult(Result);
    }

    public override void Fail(Exception exception) => _completion.TrySetException(exception);

    /// <summary>Runs on the writer right after commit, before the caller resumes (keeps commit order).</summary>
    protected virtual void OnCommitted()
    {
    }
}
