using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.State;
using DarkSocialBot.Storage;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Outbox;

/// <summary>
/// Sends a message into a stored conversation outside any turn (an agent's reply, "the bot is back"): the message gets the
/// routing of <c>reference</c> (a reply to the customer's last message: channel, service URL, conversation, bot and
/// customer), goes into the outbox for that conversation and is delivered by the dispatcher through the customer's channel,
/// with its retries.
/// </summary>
public sealed class ProactiveMessenger(StorageWriter writer, OutboxDispatcher dispatcher, IOptions<OutboxOptions> options, TimeProvider time)
{
    /// <returns>The outbox id of the message.</returns>
    public async Task<long> SendAsync(Activity reference, Activity message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        message.Type ??= ActivityTypes.Message;
        message.ChannelId = reference.ChannelId;
        message.ServiceUrl = reference.ServiceUrl;
        message.Conversation = reference.Conversation;
        message.From = reference.From;
        message.Recipient = reference.Recipient;
        message.Locale ??= reference.Locale;
        var now = time.GetUtcNow();
        var entry = new OutboxEntry
        {
            ChannelId = reference.ChannelId!,
            ConversationKey = StateKeys.For(new Activity { ChannelId = reference.ChannelId, Conversation = reference.Conversation }).Conversation,
            Payload = JsonSerializer.SerializeToUtf8Bytes(message, ActivityJson.Default.Activity),
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        var lease = options.Value;
        return await writer.ExecuteAsync(new OutboxAppend(entry, message, lease.InstanceId, now + lease.LeaseDuration, dispatcher));
    }
}
