using DarkSocialBot.Channels.Meta;
using DarkSocialBot.Channels.Twilio;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Broadcasts.Sending;

/// <summary>
/// The broadcast rate of a sender (a channel): <c>Broadcasts:MessagesPerSecond:&lt;channel&gt;</c> when set; otherwise the
/// rate the channel itself is configured with (Twilio SMS and WhatsApp, Meta WhatsApp and Messenger) times
/// <c>Broadcasts:ShareOfChannelRate</c>, leaving the rest for conversation replies; otherwise the default. 0 = unlimited.
/// </summary>
internal sealed class SenderRates(IOptions<BroadcastsOptions> broadcasts, IOptions<TwilioOptions> twilio, IOptions<MetaOptions> meta)
{
    public double For(string channelId)
    {
        var options = broadcasts.Value;
        if (options.MessagesPerSecond.TryGetValue(channelId, out var configured)) return configured;
        double? channel = channelId switch
        {
            TwilioChannels.Sms => twilio.Value.SmsMessagesPerSecond,
            TwilioChannels.WhatsApp => twilio.Value.WhatsAppMessagesPerSecond,
            MetaChannels.WhatsApp => meta.Value.WhatsAppMessagesPerSecond,
            MetaChannels.Messenger => meta.Value.MessengerCallsPerSecond,
            _ => null,
        };
        return channel is { } rate ? rate * options.ShareOfChannelRate : options.DefaultMessagesPerSecond;
    }
}
