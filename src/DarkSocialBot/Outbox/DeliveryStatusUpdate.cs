using DarkSocialBot.Storage;

namespace DarkSocialBot.Outbox;

/// <summary>
/// Applies a provider's delivery report (Twilio status callback, WhatsApp <c>statuses[]</c>, Messenger <c>delivery</c>)
/// to the outgoing message with that provider id, or a watermark (Messenger <c>delivery</c> and <c>read</c>) to every
/// message of a conversation sent at or before it. Only moves forward, and never out of a final state, so reports
/// arriving late or out of order are harmless. A report for an unknown id changes nothing.
/// </summary>
internal sealed class DeliveryStatusUpdate : WriteOperation<int>
{
    private const string ForForward = "delivery_status = @s, delivery_updated_at = @t, error_code = COALESCE(@code, error_code) ";
    private const string OnlyForward = "(delivery_status IS NULL OR (delivery_status < @s AND delivery_status < @final))";
    private const string ByProviderId = "UPDATE outbox SET " + ForForward + "WHERE provider_message_id = @m AND " + OnlyForward;

    // sent_at is when the accepted attempt began: the provider stamps the message after that, so a watermark equal to
    // the message's own time covers it.
    private const string UpToWatermark = "UPDATE outbox SET " + ForForward +
        "WHERE conversation_key = @k AND status = @sent AND sent_at IS NOT NULL AND sent_at < @w AND " + OnlyForward;

    private readonly string _sql;
    private readonly (string Name, object? Value) _match;
    private readonly long? _watermarkTicks;
    private readonly DeliveryStatus _status;
    private readonly string? _errorCode;
    private readonly DateTimeOffset _at;
    private int _rows;

    public DeliveryStatusUpdate(string providerMessageId, DeliveryStatus status, string? errorCode, DateTimeOffset at)
        : this(ByProviderId, ("@m", providerMessageId), null, status, errorCode, at)
    {
    }

    private DeliveryStatusUpdate(string sql, (string, object?) match, long? watermarkTicks, DeliveryStatus status, string? errorCode, DateTimeOffset at)
    {
        (_sql, _match, _watermarkTicks, _status, _errorCode, _at) = (sql, match, watermarkTicks, status, errorCode, at);
    }

    /// <summary>Every message of the conversation sent at or before <paramref name="upTo"/> (whole milliseconds, as Meta gives them).</summary>
    public static DeliveryStatusUpdate UpTo(string conversationKey, DateTimeOffset upTo, DeliveryStatus status, DateTimeOffset at) =>
        new(UpToWatermark, ("@k", conversationKey), upTo.UtcTicks + TimeSpan.TicksPerMillisecond, status, null, at);

    protected override int Result => _rows;

    public override bool NeedsSavepoint => false;

    public override async ValueTask<bool> ExecuteAsync(WriteSession session)
    {
        var command = session.Command(_sql)
            .With("@s", (int)_status).With("@t", _at.UtcTicks).With("@code", _errorCode)
            .With(_match.Name, _match.Value).With("@final", (int)DeliveryStatus.Read);
        if (_watermarkTicks is { } watermark) command = command.With("@w", watermark).With("@sent", (int)OutboxStatus.Sent);
        _rows = await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        return true;
    }
}
