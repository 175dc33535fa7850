using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.State;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts.Sending;

/// <summary>
/// Builds the channel-neutral activity of one delivery: addressed like a reply in the subscriber's conversation (so
/// their answer continues it), the text in their language (the SMS text on SMS channels), and the template with its
/// variables filled in as channelData for senders that need one outside the service window.
/// </summary>
internal static class BroadcastMessage
{
    public static Activity Create(ClaimedDelivery delivery, CampaignPlan campaign, bool sms)
    {
        var content = campaign.Content;
        var values = new Dictionary<string, string>(content.Data ?? [], StringComparer.Ordinal) { ["name"] = delivery.DisplayName ?? "" };
        // "status.fr" is "status" for a French-speaking subscriber.
        var suffix = "." + delivery.Language;
        foreach (var (key, value) in content.Data ?? [])
            if (key.EndsWith(suffix, StringComparison.Ordinal)) values[key[..^suffix.Length]] = value;
        var text = sms && content.Sms?.GetValueOrDefault(delivery.Language) is { } smsText ? smsText : content.Messages[delivery.Language];
        BroadcastChannelData.TemplateInfo? template = null;
        if (content.Template is { } t)
        {
            var variables = (t.Variables ?? []).ToDictionary(v => v.Key, v => Placeholders.Render(v.Value, values), StringComparer.Ordinal);
            template = new(t.Name, t.ContentSid, t.LanguageCodes?.GetValueOrDefault(delivery.Language) ?? delivery.Language, variables);
        }
        var channelData = new BroadcastChannelData(
            new(campaign.Id, delivery.Id, campaign.Topic, campaign.Purpose == ConsentPurpose.Marketing ? "marketing" : "service"), template);
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
            ChannelData = JsonSerializer.SerializeToElement(channelData, BroadcastJson.Default.BroadcastChannelData),
        };
    }

    /// <summary>The conversation key the outbox orders by: the same one the customer's own turns use.</summary>
    public static string ConversationKey(Activity activity) => StateKeys.For(activity).Conversation;
}
