using System.Text.Json;
using DarkSocialBot.Contacts;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Channels.Meta;

/// <summary>
/// Delivers replies on <c>meta-messenger</c> through the Send API (<c>me/messages</c>): never to an opted-out customer;
/// <c>RESPONSE</c> within 24 h of the customer's last message; after that only a human agent's message
/// (channelData <c>{"humanAgent":true}</c>) within 7 days, tagged <c>HUMAN_AGENT</c>; otherwise OutsideWindow.
/// Typing activities become a separate <c>typing_on</c> sender action.
/// </summary>
public sealed class MessengerSender(
    GraphClient graph,
    ContactStore contacts,
    StorageWriter writer,
    SenderRateLimiter limiter,
    IOptions<MetaOptions> options,
    TimeProvider time) : IChannelSender
{
    private static readonly TimeSpan StandardWindow = TimeSpan.FromHours(24);
    private static readonly TimeSpan HumanAgentWindow = TimeSpan.FromDays(7);

    public bool Handles(string channelId) => channelId == MetaChannels.Messenger;

    public async Task<DeliveryResult> SendAsync(Activity activity, OutboxEntry entry, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.MessengerConfigured()) return DeliveryResult.Failed(DeliveryFailures.Describe(DeliveryFailures.ChannelOff, "Messenger is not configured"));
        if (activity.Recipient?.Id is not { Length: > 0 } psid)
            return DeliveryResult.Failed(DeliveryFailures.Describe(DeliveryFailures.InvalidRecipient, "no recipient PSID"));
        var contact = await contacts.FindAsync(entry.ChannelId, psid, cancellationToken);
        if (contact?.IsOptedOut == true) return DeliveryResult.Failed(DeliveryFailures.Describe(DeliveryFailures.OptedOut, "the customer opted out"));

        var now = time.GetUtcNow();
        var (messagingType, tag) = contact?.WroteWithin(StandardWindow, now) == true ? ("RESPONSE", (string?)null)
            : IsHumanAgent(activity) && contact?.WroteWithin(HumanAgentWindow, now) == true ? ("MESSAGE_TAG", "HUMAN_AGENT")
            : (null, null);
        if (messagingType is null)
            return DeliveryResult.Failed(DeliveryFailures.Describe(DeliveryFailures.OutsideWindow, "the customer last wrote more than 24 h ago"));

        var rateKey = $"{entry.ChannelId}:{activity.From?.Id}";
        if (activity.IsType(ActivityTypes.Typing))
            return await PostAsync(rateKey, MessengerMessageBuilder.SenderAction(psid, "typing_on"), cancellationToken);
        if (!activity.IsType(ActivityTypes.Message)) return DeliveryResult.Sent(null);

        var content = OutgoingContent.From(activity);
        if (content.IsEmpty) return DeliveryResult.Sent(null);
        var (bodies, numbered) = MessengerMessageBuilder.Build(content, psid, messagingType, tag);
        if (numbered.Count > 0 || contact?.OfferedChoices is not null)
            await contacts.SetOfferedChoicesAsync(entry.ChannelId, psid, numbered.Count > 0 ? NumberedChoices.Serialize(numbered) : null);

        return await MessageParts.SendAsync(bodies, entry, writer, body => PostAsync(rateKey, body, cancellationToken));
    }

    private async Task<DeliveryResult> PostAsync(string rateKey, System.Text.Json.Nodes.JsonObject body, CancellationToken cancellationToken)
    {
        if (!await limiter.WaitAsync(rateKey, options.Value.MessengerCallsPerSecond, cancellationToken))
            return DeliveryResult.Retry("too many messages waiting for this Page's rate limit");
        var response = await graph.PostAsync("me/messages", body, options.Value.PageAccessToken!, cancellationToken);
        return response.IsSuccess ? DeliveryResult.Sent(response.Json?.Text("message_id"), DeliveryStatus.Sent) : GraphErrors.Map(response);
    }

    /// <summary>A message written by a person (handoff), marked by channelData <c>{"humanAgent": true}</c>.</summary>
    public static bool IsHumanAgent(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.Flag("humanAgent");
}
