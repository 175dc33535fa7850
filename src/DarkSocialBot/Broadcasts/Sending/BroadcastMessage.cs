using System.Text.Json;
using System.Text.Json.Nodes;
using DarkSocialBot.Broadcasts.Campaigns;
using DarkSocialBot.Channels.Meta;
using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.State;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts.Sending;

/// <summary>
/// Builds the channel-neutral activity of one delivery: addressed like a reply in the subscriber's conversation (so
/// their answer continues it), the text in their language (the SMS text on SMS channels). channelData carries the
/// campaign (<c>broadcast</c>, with the template filled in for this subscriber) and, on WhatsApp outside the 24-hour
/// window, the campaign's template in the form the channel's sender takes (Twilio <c>contentSid</c>, Cloud API
/// <c>template</c>), and on Messenger the campaign's former update tag (<c>messengerTag</c>, never sent) and its purpose, which
/// decides whether it may go as a utility template outside the window. The senders still enforce the windows
/// and opt-outs; what they refuse is recorded with its reason.
/// </summary>
internal static class BroadcastMessage
{
    /// <summary>WhatsApp's customer-service window (channels.md §4), minus a margin for the time the message waits to go.</summary>
    private static readonly TimeSpan SafeWindow = TimeSpan.FromHours(24) - TimeSpan.FromMinutes(10);

    public static Activity Create(ClaimedDelivery delivery, CampaignPlan campaign, bool sms, DateTimeOffset now)
    {
        var content = campaign.Content;
        var values = new Dictionary<string, string>(content.Data ?? [], StringComparer.Ordinal);
        // "status.fr" is "status" for a French-speaking subscriber.
        var suffix = "." + delivery.Language;
        foreach (var (key, value) in content.Data ?? [])
            if (key.EndsWith(suffix, StringComparison.Ordinal)) values[key[..^suffix.Length]] = value;
        // The subscriber's name; for one without a name, the campaign's data.name (or name.fr), never an empty template parameter.
        if (!string.IsNullOrWhiteSpace(delivery.DisplayName)) values["name"] = delivery.DisplayName;
        else values.TryAdd("name", "");
        var text = sms && content.Sms?.GetValueOrDefault(delivery.Language) is { } smsText ? smsText : content.Messages[delivery.Language];

        var broadcast = new JsonObject
        {
            ["campaignId"] = campaign.Id,
            ["deliveryId"] = delivery.Id,
            ["topic"] = campaign.Topic,
            ["purpose"] = campaign.Purpose == ConsentPurpose.Marketing ? "marketing" : "service",
        };
        var channelData = new JsonObject { ["broadcast"] = broadcast };
        if (content.MessengerTag is { } tag && delivery.ChannelId == MetaChannels.Messenger) channelData["messengerTag"] = tag;
        if (content.Template is { } template)
        {
            var language = template.LanguageCodes?.GetValueOrDefault(delivery.Language) ?? delivery.Language;
            // A Twilio content template has one language: the subscriber's, when the campaign gives one for it.
            template = template with { ContentSid = template.ContentSids?.GetValueOrDefault(delivery.Language) ?? template.ContentSid };
            var variables = (template.Variables ?? []).OrderBy(v => v.Key.Length).ThenBy(v => v.Key, StringComparer.Ordinal)
                .Select(v => (v.Key, Value: Placeholders.Render(v.Value, values))).ToList();
            broadcast["template"] = new JsonObject
            {
                ["name"] = template.Name,
                ["contentSid"] = template.ContentSid,
                ["language"] = language,
                ["variables"] = new JsonObject(variables.Select(v => KeyValuePair.Create(v.Key, (JsonNode?)v.Value))),
            };
            if (!(delivery.LastInboundAt is { } last && now - last < SafeWindow)) AddChannelTemplate(channelData, delivery.ChannelId, template, language, variables);
        }
        return new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = delivery.ChannelId,
            ServiceUrl = delivery.ServiceUrl,
            From = new ChannelAccount { Id = delivery.BotId, Role = "bot" },
            Recipient = new ChannelAccount { Id = delivery.UserId, Name = delivery.DisplayName },
            Conversation = new ConversationAccount { Id = delivery.ConversationId },
            Locale = delivery.Language,
            Text = Placeholders.Render(text, values),
            ChannelData = JsonSerializer.SerializeToElement<JsonNode>(channelData),
        };
    }

    private static void AddChannelTemplate(JsonObject channelData, string channelId, CampaignTemplate template, string language, List<(string Key, string Value)> variables)
    {
        if (channelId == TwilioChannels.WhatsApp && !string.IsNullOrWhiteSpace(template.ContentSid))
        {
            channelData["contentSid"] = template.ContentSid;
            channelData["contentVariables"] = new JsonObject(variables.Select(v => KeyValuePair.Create(v.Key, (JsonNode?)v.Value)));
        }
        else if (channelId == MetaChannels.WhatsApp && !string.IsNullOrWhiteSpace(template.Name))
        {
            var graphTemplate = new JsonObject { ["name"] = template.Name, ["language"] = new JsonObject { ["code"] = language } };
            if (variables.Count > 0)
                graphTemplate["components"] = new JsonArray(new JsonObject
                {
                    ["type"] = "body",
                    ["parameters"] = new JsonArray([.. variables.Select(v => (JsonNode)new JsonObject { ["type"] = "text", ["text"] = v.Value })]),
                });
            channelData["template"] = graphTemplate;
        }
    }

    /// <summary>The conversation key the outbox orders by: the same one the customer's own turns use.</summary>
    public static string ConversationKey(Activity activity) => StateKeys.For(activity).Conversation;
}
