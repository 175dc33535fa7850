using System.Text.Json;
using System.Text.Json.Nodes;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Channels.Meta;

/// <summary>
/// Maps <c>object=whatsapp_business_account</c> webhooks: every entry, change, message and status. The customer is
/// keyed by <c>wa_id</c> when present, else by the business-scoped user id (BSUID), which is kept on the account
/// either way. Button and list replies give their id as the text; media become attachments (by media id, a caption as the
/// text); a location, contact cards or a message type WhatsApp does not pass on (<c>unsupported</c>) become attachments
/// too (<see cref="SharedContent"/>), so the bot answers them as something it cannot read rather than as words it did not
/// understand; an <c>edit</c> becomes a <c>messageUpdate</c> of the original message with its new text (an edit Meta passes
/// on as <c>unsupported</c>, without its text, one without), a <c>revoke</c> (a deletion) a <c>messageDelete</c>: neither
/// is "something the bot cannot read"; a reaction becomes a <c>messageReaction</c> (an emptied emoji: removed) replying to the reacted message;
/// system notices are dropped; <c>statuses[]</c> become delivery reports with <c>errors[0].code</c>.
/// </summary>
public static class WhatsAppCloudInbound
{
    private static readonly HashSet<string> Media = ["image", "video", "audio", "document", "sticker"];

    public static MetaEvents Read(JsonElement root)
    {
        var events = MetaEvents.Empty();
        foreach (var entry in root.Items("entry"))
            foreach (var change in entry.Items("changes"))
                if (change.Get("value") is { ValueKind: JsonValueKind.Object } value && change.Text("field") is null or "messages")
                    ReadValue(value, events);
        return events;
    }

    private static void ReadValue(JsonElement value, MetaEvents events)
    {
        var metadata = value.Get("metadata");
        var phoneNumberId = metadata?.Id("phone_number_id");
        var contacts = value.Items("contacts").ToList();
        foreach (var message in value.Items("messages"))
        {
            var waId = message.Id("from");
            var contact = contacts.Find(c => waId is not null && c.Id("wa_id") == waId)
                is { ValueKind: JsonValueKind.Object } match ? match : contacts.Count == 1 ? contacts[0] : default;
            var bsuid = message.Id("from_user_id") ?? (contact.ValueKind == JsonValueKind.Object ? contact.Id("user_id") : null);
            var user = waId ?? bsuid;
            if (user is null || message.Id("id") is not { } id || phoneNumberId is null || message.Text("type") is "system") continue;
            events.Activities.Add(Map(message, id, user, waId, bsuid, contact, phoneNumberId, metadata));
        }
        foreach (var status in value.Items("statuses"))
        {
            if (status.Id("id") is not { } id || Status(status.Text("status")) is not { } delivery) continue;
            var code = status.Items("errors").Select(e => e.Text("code")).FirstOrDefault();
            events.Reports.Add(new DeliveryReport(id, delivery, code));
        }
    }

    private static Activity Map(JsonElement message, string id, string user, string? waId, string? bsuid, JsonElement contact, string phoneNumberId, JsonElement? metadata)
    {
        var properties = new Dictionary<string, JsonElement>();
        if (waId is not null) properties["waId"] = JsonSerializer.SerializeToElement(waId);
        if (bsuid is not null) properties["bsuid"] = JsonSerializer.SerializeToElement(bsuid);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = id,
            ChannelId = MetaChannels.WhatsApp,
            From = new ChannelAccount { Id = user, Name = contact.ValueKind == JsonValueKind.Object ? contact.Get("profile")?.Text("name") : null, Properties = properties },
            Recipient = new ChannelAccount { Id = phoneNumberId, Role = "bot" },
            Conversation = new ConversationAccount { Id = user },
            Timestamp = message.UnixTime("timestamp", milliseconds: false),
            ChannelData = JsonSerializer.SerializeToElement(new JsonObject
            {
                ["message"] = JsonNode.Parse(message.GetRawText()),
                ["contact"] = contact.ValueKind == JsonValueKind.Object ? JsonNode.Parse(contact.GetRawText()) : null,
                ["metadata"] = metadata is { } m ? JsonNode.Parse(m.GetRawText()) : null,
            }),
        };
        var type = message.Text("type");
        if (type == "text") activity.Text = message.Get("text")?.Text("body");
        else if (type == "interactive" && message.Get("interactive") is { } interactive
            && (interactive.Get("button_reply") ?? interactive.Get("list_reply")) is { } reply)
            (activity.Text, activity.Value) = (reply.Text("id") ?? reply.Text("title"), reply.Clone());
        else if (type == "button" && message.Get("button") is { } button)
            (activity.Text, activity.Value) = (button.Text("payload") ?? button.Text("text"), button.Clone());
        else if (type is not null && Media.Contains(type) && message.Get(type) is { } media)
        {
            activity.Text = media.Text("caption");
            activity.Attachments = [new Attachment { ContentType = media.Text("mime_type") ?? type, Content = media.Clone(), Name = media.Text("filename") }];
        }
        else if (type == "location" && message.Get("location") is { } location)
        {
            activity.Value = location.Clone();
            activity.Attachments = [SharedContent.Location(location.Text("latitude"), location.Text("longitude"), location.Text("name") ?? location.Text("address"), location.Clone())];
        }
        else if (type == "contacts")
            activity.Attachments = [.. message.Items("contacts").Select(c => SharedContent.Contact(c.Get("name")?.Text("formatted_name"), c.Clone()))];
        else if (type == "edit" && message.Get("edit") is { } edit)
        {
            // Coexistence numbers: the new text (or caption) of an earlier message. Meta delivers edits as "unsupported" for now.
            activity.Type = ActivityTypes.MessageUpdate;
            activity.ReplyToId = edit.Id("original_message_id");
            activity.Text = edit.Get("message") is { } edited && edited.Text("type") is { } editedType && edited.Get(editedType) is { } content
                ? content.Text(editedType == "text" ? "body" : "caption")
                : null;
        }
        else if (type == "revoke" || (type == "unsupported" && message.Get("unsupported")?.Text("type") is "revoke"))
        {
            activity.Type = ActivityTypes.MessageDelete;
            activity.ReplyToId = message.Get("revoke")?.Id("original_message_id");
        }
        else if (type == "unsupported" && message.Get("unsupported")?.Text("type") is "edit")
            activity.Type = ActivityTypes.MessageUpdate; // its new text is not passed on: stored, not answered as "I can only read text"
        else if (type == "reaction" && message.Get("reaction") is { } reaction)
        {
            activity.Type = ActivityTypes.MessageReaction;
            activity.ReplyToId = reaction.Id("message_id");
            if (reaction.Text("emoji") is { Length: > 0 } emoji) activity.ReactionsAdded = [new MessageReaction { Type = emoji }];
            else activity.ReactionsRemoved = [new MessageReaction { Type = "" }];
        }
        // 131060 "This message is currently unavailable" (a first message to a number shared with the WhatsApp Business app):
        // nothing of it came through, so the customer is asked to send it again rather than told the bot reads only text.
        if (activity.IsType(ActivityTypes.Message) && activity.Text is null && activity.Value is null && activity.Attachments is null or { Count: 0 })
            activity.Attachments = [message.Items("errors").Any(e => e.Text("code") == "131060") ? SharedContent.Unavailable() : SharedContent.Unsupported(type)];
        return activity;
    }

    private static DeliveryStatus? Status(string? status) => status switch
    {
        "sent" => DeliveryStatus.Sent,
        "delivered" => DeliveryStatus.Delivered,
        "read" or "played" => DeliveryStatus.Read,
        "failed" => DeliveryStatus.Failed,
        _ => null,
    };
}
