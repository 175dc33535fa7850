using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Outbox;

namespace DarkSocialBot.Channels.Twilio;

/// <summary>
/// Renders an outgoing activity as Twilio Messages API form posts: choices as numbered text, text split at 1,600
/// characters on word boundaries, media URLs on the last part; outside the WhatsApp 24-hour window a template
/// (<c>ContentSid</c> + <c>ContentVariables</c>, no Body) or a TemplateRequired refusal.
/// </summary>
public static class TwilioMessageBuilder
{
    /// <summary>Twilio's Body limit for SMS (sent as concatenated segments) and WhatsApp alike.</summary>
    public const int MaxBodyLength = 1600;
    private const int MaxMedia = 10;

    public static TwilioOutgoing Build(Activity activity, string channelId, string customer, bool windowOpen, TwilioOptions settings)
    {
        var whatsApp = channelId == TwilioChannels.WhatsApp;
        var sender = !string.IsNullOrWhiteSpace(settings.MessagingServiceSid)
            ? new KeyValuePair<string, string>("MessagingServiceSid", settings.MessagingServiceSid)
            : (activity.From?.Id is { Length: > 0 } from ? from : whatsApp ? settings.WhatsAppFrom : settings.SmsFrom) is { Length: > 0 } number
                ? new KeyValuePair<string, string>("From", TwilioChannels.Address(channelId, number))
                : default;
        if (sender.Key is null)
            return TwilioOutgoing.Refused(DeliveryResult.Failed("No sender: set Twilio:SmsFrom, Twilio:WhatsAppFrom or Twilio:MessagingServiceSid."));

        List<KeyValuePair<string, string>> Routing() =>
            [new("To", TwilioChannels.Address(channelId, customer)), sender, new("StatusCallback", settings.StatusCallbackFor())];

        if (ExplicitTemplate(activity.ChannelData) is { } explicitTemplate)
            return new TwilioOutgoing(sender.Value, [[.. Routing(), .. explicitTemplate]], []);
        if (whatsApp && !windowOpen)
        {
            if (string.IsNullOrWhiteSpace(settings.WhatsAppTemplateContentSid))
                return TwilioOutgoing.Refused(DeliveryResult.Failed(DeliveryFailures.Describe(DeliveryFailures.TemplateRequired,
                    "the customer last wrote more than 24 h ago and no Twilio:WhatsAppTemplateContentSid is configured")));
            List<KeyValuePair<string, string>> template = [.. Routing(), new("ContentSid", settings.WhatsAppTemplateContentSid)];
            if (!string.IsNullOrWhiteSpace(settings.WhatsAppTemplateTextVariable))
                template.Add(new("ContentVariables", JsonSerializer.Serialize(new Dictionary<string, string> { [settings.WhatsAppTemplateTextVariable] = activity.Text ?? "" })));
            return new TwilioOutgoing(sender.Value, [template], []);
        }

        var content = OutgoingContent.From(activity);
        var texts = TextSplitter.Split(NumberedChoices.Render(content.Text, content.Choices), MaxBodyLength);
        var media = content.Media.Take(MaxMedia).Select(m => m.Url).ToList();
        var parts = new List<IReadOnlyList<KeyValuePair<string, string>>>();
        for (var i = 0; i < Math.Max(texts.Count, media.Count > 0 ? 1 : 0); i++)
        {
            var fields = Routing();
            if (i < texts.Count) fields.Add(new("Body", texts[i]));
            if (i == Math.Max(texts.Count, 1) - 1) fields.AddRange(media.Select(url => new KeyValuePair<string, string>("MediaUrl", url)));
            parts.Add(fields);
        }
        return new TwilioOutgoing(sender.Value, parts, content.Choices);
    }

    /// <summary>A template chosen by the bot itself: channelData <c>{"contentSid":"HX…","contentVariables":{…}}</c>.</summary>
    private static List<KeyValuePair<string, string>>? ExplicitTemplate(JsonElement? channelData)
    {
        if (channelData is not { ValueKind: JsonValueKind.Object } data || !data.TryGetProperty("contentSid", out var sid) || sid.ValueKind != JsonValueKind.String)
            return null;
        List<KeyValuePair<string, string>> fields = [new("ContentSid", sid.GetString()!)];
        if (data.TryGetProperty("contentVariables", out var variables))
            fields.Add(new("ContentVariables", variables.ValueKind == JsonValueKind.String ? variables.GetString()! : variables.GetRawText()));
        return fields;
    }
}

/// <summary>The form posts for one outgoing activity (one per part), the choices offered as numbers, or why nothing may be sent.</summary>
public sealed record TwilioOutgoing(string Sender, IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> Parts, IReadOnlyList<OfferedChoice> Choices)
{
    public DeliveryResult? Refusal { get; private init; }

    public static TwilioOutgoing Refused(DeliveryResult refusal) => new("", [], []) { Refusal = refusal };
}
