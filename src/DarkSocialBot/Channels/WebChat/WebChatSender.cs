using DarkSocialBot.Contacts;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Channels.WebChat;

/// <summary>The built-in web chat page reads replies from the outbox itself, so delivering is only recording them as sent.</summary>
public sealed class WebChatSender(ContactStore contacts) : IChannelSender
{
    public bool Handles(string channelId) => channelId == WebChatEndpoints.ChannelId;

    public async Task<DeliveryResult> SendAsync(Activity activity, OutboxEntry entry, CancellationToken cancellationToken) =>
        !OptOutNotice.IsOn(activity) && await contacts.IsOptedOutAsync(entry.ChannelId, activity.Recipient?.Id, cancellationToken)
            ? DeliveryResult.Failed(DeliveryFailures.Describe(DeliveryFailures.OptedOut, "the customer opted out"))
            : DeliveryResult.Sent(null);
}
