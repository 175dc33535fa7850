using DarkSocialBot.Contacts;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Channels.Twilio;

/// <summary>
/// Delivers replies on <c>twilio-sms</c> and <c>twilio-whatsapp</c> through the REST API: never to an opted-out
/// customer, never free-form outside the WhatsApp window, at the sender's rate, a long text as several messages
/// (parts already accepted are not sent again on a retry).
/// </summary>
public sealed class TwilioSender(
    TwilioRestClient client,
    ContactStore contacts,
    StorageWriter writer,
    SenderRateLimiter limiter,
    IOptions<TwilioOptions> options,
    TimeProvider time) : IChannelSender
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(24);

    public bool Handles(string channelId) => TwilioChannels.Handles(channelId);

    public async Task<DeliveryResult> SendAsync(Activity activity, OutboxEntry entry, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured()) return DeliveryResult.Failed(DeliveryFailures.Describe(DeliveryFailures.ChannelOff, "Twilio is not configured"));
        if (!activity.IsType(ActivityTypes.Message)) return DeliveryResult.Sent(null); // typing and events have no SMS form

        var channel = entry.ChannelId;
        if (Customer(activity, channel) is not { } customer)
            return DeliveryResult.Failed(DeliveryFailures.Describe(DeliveryFailures.InvalidRecipient, "the recipient is not a valid phone number"));
        var contact = await contacts.FindAsync(channel, customer, cancellationToken);
        if (contact?.IsOptedOut == true && !OptOutNotice.IsOn(activity))
            return DeliveryResult.Failed(DeliveryFailures.Describe(DeliveryFailures.OptedOut, "the customer opted out"));

        var outgoing = TwilioMessageBuilder.Build(activity, channel, customer, contact?.WroteWithin(Window, time.GetUtcNow()) == true, settings);
        if (outgoing.Refusal is { } refusal) return refusal;
        if (outgoing.Parts.Count == 0) return DeliveryResult.Sent(null);
        if (outgoing.Choices.Count > 0 || contact?.OfferedChoices is not null)
            await contacts.SetOfferedChoicesAsync(channel, customer, outgoing.Choices.Count > 0 ? NumberedChoices.Serialize(outgoing.Choices) : null);

        var rate = channel == TwilioChannels.WhatsApp ? settings.WhatsAppMessagesPerSecond : settings.SmsMessagesPerSecond;
        var result = await MessageParts.SendAsync(outgoing.Parts, entry, writer, async part =>
            await limiter.WaitAsync($"{channel}:{outgoing.Sender}", rate, cancellationToken, Segments(channel, part))
                ? await client.CreateMessageAsync(part, cancellationToken)
                : DeliveryResult.Retry("too many messages waiting for this sender's rate limit"));
        if (result.ErrorCode == TwilioErrors.OptedOut) await contacts.MarkOptedOutAsync(channel, customer);
        return result;
    }

    /// <summary>An SMS sender's rate counts segments, as carriers do; a WhatsApp message is one.</summary>
    private static int Segments(string channel, IReadOnlyList<KeyValuePair<string, string>> part) =>
        channel == TwilioChannels.Sms ? SmsSegments.Count(part.FirstOrDefault(f => f.Key == "Body").Value) : 1;

    /// <summary>The customer's address without the <c>whatsapp:</c> prefix: E.164, or an opaque WhatsApp id.</summary>
    private static string? Customer(Activity activity, string channel)
    {
        if (activity.Recipient?.Id is not { Length: > 0 } id) return null;
        var bare = TwilioChannels.Bare(id);
        return bare.StartsWith('+') ? E164.Normalize(bare) : channel == TwilioChannels.WhatsApp && !bare.Any(char.IsWhiteSpace) ? bare : null;
    }
}
