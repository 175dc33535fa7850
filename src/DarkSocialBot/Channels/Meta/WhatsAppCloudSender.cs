using System.Text.Json;
using System.Text.Json.Nodes;
using DarkSocialBot.Contacts;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Channels.Meta;

/// <summary>
/// Delivers replies on <c>meta-whatsapp</c> through <c>/{phone-number-id}/messages</c>: never to an opted-out
/// customer; free-form only within 24 h of their last message, otherwise the configured template (or a template the
/// bot chose in channelData <c>{"template":{…}}</c>) or TemplateRequired. A typing activity answering a message marks
/// it read.
/// </summary>
public sealed class WhatsAppCloudSender(
    GraphClient graph,
    ContactStore contacts,
    StorageWriter writer,
    SenderRateLimiter limiter,
    IOptions<MetaOptions> options,
    TimeProvider time) : IChannelSender
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(24);

    public bool Handles(string channelId) => channelId == MetaChannels.WhatsApp;

    public async Task<DeliveryResult> SendAsync(Activity activity, OutboxEntry entry, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var phoneNumberId = string.IsNullOrWhiteSpace(settings.WhatsAppPhoneNumberId) ? activity.From?.Id : settings.WhatsAppPhoneNumberId;
        if (!settings.WhatsAppConfigured() || string.IsNullOrEmpty(phoneNumberId))
            return DeliveryResult.Failed(DeliveryFailures.Describe(DeliveryFailures.ChannelOff, "WhatsApp Cloud API is not configured"));
        if (activity.Recipient?.Id is not { Length: > 0 } customer)
            return DeliveryResult.Failed(DeliveryFailures.Describe(DeliveryFailures.InvalidRecipient, "no recipient"));
        var contact = await contacts.FindAsync(entry.ChannelId, customer, cancellationToken);
        if (contact?.IsOptedOut == true && !OptOutNotice.IsOn(activity)) return DeliveryResult.Failed(DeliveryFailures.Describe(DeliveryFailures.OptedOut, "the customer opted out"));
        var recipient = contact?.WaId ?? customer;

        if (activity.IsType(ActivityTypes.Typing) && activity.ReplyToId is { Length: > 0 } inbound)
            return await PostAsync(phoneNumberId, WhatsAppCloudMessageBuilder.MarkAsRead(inbound), cancellationToken);
        if (!activity.IsType(ActivityTypes.Message)) return DeliveryResult.Sent(null);

        List<JsonObject> bodies;
        IReadOnlyList<OfferedChoice> numbered = [];
        if (ChosenTemplate(activity) is { } chosen)
            bodies = [WhatsAppCloudMessageBuilder.Message(recipient, "template", chosen)];
        else if (contact?.WroteWithin(Window, time.GetUtcNow()) != true)
        {
            if (string.IsNullOrWhiteSpace(settings.WhatsAppTemplateName))
                return DeliveryResult.Failed(DeliveryFailures.Describe(DeliveryFailures.TemplateRequired,
                    "the customer last wrote more than 24 h ago and no Meta:WhatsAppTemplateName is configured"));
            bodies = [WhatsAppCloudMessageBuilder.Template(recipient, settings.WhatsAppTemplateName, settings.WhatsAppTemplateLanguage,
                settings.WhatsAppTemplateTextParameter ? activity.Text ?? "" : null)];
        }
        else
        {
            var content = OutgoingContent.From(activity);
            if (content.IsEmpty) return DeliveryResult.Sent(null);
            (bodies, numbered) = WhatsAppCloudMessageBuilder.Build(content, recipient, activity.Locale);
        }
        if (numbered.Count > 0 || contact?.OfferedChoices is not null)
            await contacts.SetOfferedChoicesAsync(entry.ChannelId, customer, numbered.Count > 0 ? NumberedChoices.Serialize(numbered) : null);

        return await MessageParts.SendAsync(bodies, entry, writer, body => PostAsync(phoneNumberId, body, cancellationToken));
    }

    private async Task<DeliveryResult> PostAsync(string phoneNumberId, JsonObject body, CancellationToken cancellationToken)
    {
        if (!await limiter.WaitAsync($"{MetaChannels.WhatsApp}:{phoneNumberId}", options.Value.WhatsAppMessagesPerSecond, cancellationToken))
            return DeliveryResult.Retry("too many messages waiting for this number's rate limit");
        var response = await graph.PostAsync($"{Uri.EscapeDataString(phoneNumberId)}/messages", body, options.Value.WhatsAppAccessToken!, cancellationToken);
        if (!response.IsSuccess) return GraphErrors.Map(response, options.Value.RestrictedRetryDelay);
        var id = response.Json?.Items("messages").Select(m => m.Text("id")).FirstOrDefault();
        return DeliveryResult.Sent(id, id is null ? null : DeliveryStatus.Queued);
    }

    private static JsonObject? ChosenTemplate(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.Get("template") is { ValueKind: JsonValueKind.Object } template
            ? JsonNode.Parse(template.GetRawText())!.AsObject()
            : null;
}
