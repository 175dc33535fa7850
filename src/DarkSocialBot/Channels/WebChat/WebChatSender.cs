using DarkSocialBot.Core.Activities;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Channels.WebChat;

/// <summary>The built-in web chat page reads replies from the outbox itself, so delivering is only recording them as sent.</summary>
public sealed class WebChatSender : IChannelSender
{
    public bool Handles(string channelId) => channelId == WebChatEndpoints.ChannelId;

    public Task<DeliveryResult> SendAsync(Activity activity, OutboxEntry entry, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryResult.Sent(null));
}
