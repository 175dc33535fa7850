using DarkSocialBot.Storage;

namespace DarkSocialBot.Outbox;

/// <summary>
/// Records the outcome of one delivery attempt. A sent message keeps no error of an earlier attempt (a throttled first try's
/// code would read as the reason of a later loss); a retry keeps the last code it was given.
/// </summary>
/// <param name="sentAt">When the accepted attempt began (the provider stamps the message after it: Messenger's read and delivery
/// watermarks are compared with it); <paramref name="now"/> when not given.</param>
internal sealed class OutboxUpdate(long id, OutboxStatus status, DateTimeOffset now, DateTimeOffset nextAttemptAt, DeliveryResult? result,
    DateTimeOffset? leaseUntil = null, DateTimeOffset? sentAt = null)
    : WriteOperation<bool>
{
    private const string Sql =
        "UPDATE outbox SET status = @s, attempts = attempts + 1, sent_at = @sent, next_attempt_at = @n, " +
        "provider_message_id = @m, error = @e, lease_until = COALESCE(@l, lease_until), error_code = CASE WHEN @s = @sentStatus THEN @code ELSE COALESCE(@code, error_code) END, " +
        "delivery_status = COALESCE(@ds, delivery_status), delivery_updated_at = COALESCE(@dat, delivery_updated_at) " +
        "WHERE id = @id";

    protected override bool Result => true;

    public override bool NeedsSavepoint => false;

    public override async ValueTask<bool> ExecuteAsync(WriteSession session)
    {
        var error = result?.Error;
        var deliveryStatus = status == OutboxStatus.Failed ? DeliveryStatus.Failed : result?.Status;
        await session.Command(Sql)
            .With("@s", (int)status)
            .With("@sent", status is OutboxStatus.Sent or OutboxStatus.Failed ? (sentAt ?? now).UtcTicks : null)
            .With("@n", nextAttemptAt.UtcTicks)
            .With("@m", status == OutboxStatus.Sent ? result?.ProviderMessageId : null)
            .With("@e", error is { Length: > 1000 } ? error[..1000] : error)
            .With("@l", leaseUntil?.UtcTicks)
            .With("@code", result?.ErrorCode)
            .With("@sentStatus", (int)OutboxStatus.Sent)
            .With("@ds", deliveryStatus is { } ds ? (int)ds : null)
            .With("@dat", deliveryStatus is null ? null : now.UtcTicks)
            .With("@id", id)
            .ExecuteNonQueryAsync().ConfigureAwait(false);
        return true;
    }
}
