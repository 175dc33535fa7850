using DarkSocialBot.Storage;

namespace DarkSocialBot.Outbox;

/// <summary>
/// Applies a provider's delivery report (Twilio status callback, WhatsApp <c>statuses[]</c>, Messenger <c>delivery</c>)
/// to the outgoing message with that provider id. Only moves forward, and never out of a final state, so reports
/// arriving late or out of order are harmless. A report for an unknown id changes nothing.
/// </summary>
internal sealed class DeliveryStatusUpdate(string providerMessageId, DeliveryStatus status, string? errorCode, DateTimeOffset at)
    : WriteOperation<int>
{
    private const string Sql =
        "UPDATE outbox SET delivery_status = @s, delivery_updated_at = @t, error_code = COALESCE(@code, error_code) " +
        "WHERE provider_message_id = @m AND (delivery_status IS NULL OR (delivery_status < @s AND delivery_status < @final))";

    private int _rows;

    protected override int Result => _rows;

    public override bool NeedsSavepoint => false;

    public override async ValueTask<bool> ExecuteAsync(WriteSession session)
    {
        _rows = await session.Command(Sql)
            .With("@s", (int)status).With("@t", at.UtcTicks).With("@code", errorCode)
            .With("@m", providerMessageId).With("@final", (int)DeliveryStatus.Read)
            .ExecuteNonQueryAsync().ConfigureAwait(false);
        return true;
    }
}
