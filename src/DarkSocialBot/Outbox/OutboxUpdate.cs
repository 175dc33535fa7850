using DarkSocialBot.Storage;

namespace DarkSocialBot.Outbox;

/// <summary>Records the outcome of one delivery attempt.</summary>
internal sealed class OutboxUpdate(long id, OutboxStatus status, DateTimeOffset now, DateTimeOffset nextAttemptAt, string? providerMessageId, string? error, DateTimeOffset? leaseUntil = null)
    : WriteOperation<bool>
{
    private const string Sql =
        "UPDATE outbox SET status = @s, attempts = attempts + 1, sent_at = @sent, next_attempt_at = @n, " +
        "provider_message_id = @m, error = @e, lease_until = COALESCE(@l, lease_until) WHERE id = @id";

    protected override bool Result => true;

    public override bool NeedsSavepoint => false;

    public override async ValueTask<bool> ExecuteAsync(WriteSession session)
    {
        await session.Command(Sql)
            .With("@s", (int)status)
            .With("@sent", status == OutboxStatus.Sent ? now.UtcTicks : null)
            .With("@n", nextAttemptAt.UtcTicks)
            .With("@m", providerMessageId)
            .With("@e", error is { Length: > 1000 } ? error[..1000] : error)
            .With("@l", leaseUntil?.UtcTicks)
            .With("@id", id)
            .ExecuteNonQueryAsync().ConfigureAwait(false);
        return true;
    }
}
