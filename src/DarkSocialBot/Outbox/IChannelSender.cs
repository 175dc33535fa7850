using DarkSocialBot.Core.Activities;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Outbox;

/// <summary>Delivers outgoing activities to one kind of channel (Bot Framework connector, Twilio, Meta, web chat).</summary>
public interface IChannelSender
{
    bool Handles(string channelId);

    Task<DeliveryResult> SendAsync(Activity activity, OutboxEntry entry, CancellationToken cancellationToken);
}
