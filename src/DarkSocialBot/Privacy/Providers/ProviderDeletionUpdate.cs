using DarkSocialBot.Storage;

namespace DarkSocialBot.Privacy.Providers;

/// <summary>Records the outcome of one attempt: done (the row goes), again at a later time, or failed for good (kept for an admin).</summary>
internal sealed class ProviderDeletionUpdate : WriteOperation<bool>
{
    private const string DoneSql = "DELETE FROM provider_deletions WHERE id = @id";
    private const string AttemptSql =
        "UPDATE provider_deletions SET status = @s, attempts = attempts + 1, next_attempt_at = @n, error = @e, lease_until = NULL WHERE id = @id";
    // Throttled: the provider's other deletions wait too (it said how long, or the backoff).
    private const string HoldSql =
        "UPDATE provider_deletions SET next_attempt_at = @n WHERE status = 0 AND next_attempt_at < @n AND kind IN (@k1, @k2)";

    private readonly long _id;
    private readonly ProviderDeletionStatus? _status;
    private readonly DateTimeOffset _next;
    private readonly string? _error;
    private readonly ProviderResourceKind[] _hold;

    private ProviderDeletionUpdate(long id, ProviderDeletionStatus? status, DateTimeOffset next, string? error, ProviderResourceKind[] hold)
    {
        (_id, _status, _next, _error, _hold) = (id, status, next, error, hold);
    }

    public static ProviderDeletionUpdate Done(long id) => new(id, null, default, null, []);

    /// <param name="hold">Kinds of the same provider whose pending deletions wait until <paramref name="next"/> too (it throttled).</param>
    public static ProviderDeletionUpdate Again(long id, DateTimeOffset next, string? error, ProviderResourceKind[] hold) =>
        new(id, ProviderDeletionStatus.Pending, next, error, hold);

    public static ProviderDeletionUpdate Failed(long id, DateTimeOffset now, string? error) => new(id, ProviderDeletionStatus.Failed, now, error, []);

    protected override bool Result => true;

    public override async ValueTask<bool> ExecuteAsync(WriteSession session)
    {
        if (_status is not { } status)
        {
            await session.Command(DoneSql).With("@id", _id).ExecuteNonQueryAsync().ConfigureAwait(false);
            return true;
        }
        if (_hold.Length > 0)
            await session.Command(HoldSql).With("@n", _next.UtcTicks).With("@k1", (int)_hold[0]).With("@k2", (int)_hold[^1])
                .ExecuteNonQueryAsync().ConfigureAwait(false);
        await session.Command(AttemptSql).With("@s", (int)status).With("@n", _next.UtcTicks)
            .With("@e", _error is { Length: > 1000 } ? _error[..1000] : _error).With("@id", _id)
            .ExecuteNonQueryAsync().ConfigureAwait(false);
        return true;
    }
}
