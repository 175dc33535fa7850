using DarkSocialBot.Contacts;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Channels.Twilio;

/// <summary>
/// Applies a Twilio status callback to the outgoing message with that MessageSid (forward only, see
/// <see cref="DeliveryStatusUpdate"/>). An asynchronous 21610 also marks the customer opted out.
/// </summary>
public sealed class TwilioStatusCallback(StorageWriter writer, ContactStore contacts, TimeProvider time)
{
    public async Task ApplyAsync(IReadOnlyDictionary<string, List<string>> form)
    {
        if (form.Value("MessageSid") is not { Length: > 0 } sid || Map(form.Value("MessageStatus") ?? form.Value("SmsStatus")) is not { } status)
            return;
        var errorCode = form.Value("ErrorCode") is { Length: > 0 } code ? code : null;
        await writer.ExecuteAsync(new DeliveryStatusUpdate(sid, status, errorCode, time.GetUtcNow()));
        if (errorCode == TwilioErrors.OptedOut && form.Value("To") is { Length: > 0 } to)
        {
            var channel = to.StartsWith(TwilioChannels.WhatsAppPrefix, StringComparison.OrdinalIgnoreCase) ? TwilioChannels.WhatsApp : TwilioChannels.Sms;
            var bare = TwilioChannels.Bare(to);
            await contacts.MarkOptedOutAsync(channel, E164.Normalize(bare) ?? bare);
        }
    }

    public static DeliveryStatus? Map(string? status) => status?.ToLowerInvariant() switch
    {
        "accepted" or "scheduled" or "queued" => DeliveryStatus.Queued,
        "sending" => DeliveryStatus.Sending,
        "sent" => DeliveryStatus.Sent,
        "delivered" or "partially_delivered" => DeliveryStatus.Delivered,
        "read" => DeliveryStatus.Read,
        "undelivered" => DeliveryStatus.Undelivered,
        "failed" or "canceled" => DeliveryStatus.Failed,
        _ => null, // receiving/received are inbound; unknown values change nothing
    };
}
