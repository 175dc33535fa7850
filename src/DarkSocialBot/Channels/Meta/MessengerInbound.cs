using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.State;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Channels.Meta;

/// <summary>
/// Maps <c>object=page</c> webhooks: every <c>entry[]</c> and every <c>messaging[]</c> item. Messages (text, quick-reply
/// payload as the text, the like button's sticker as 👍, attachments) and postbacks become message activities keyed by <c>mid</c>; a standalone
/// <c>referral</c> becomes an event; a <c>reaction</c> a <c>messageReaction</c> replying to the reacted <c>mid</c> (unreact:
/// removed); a <c>message_edit</c> a <c>messageUpdate</c> of that <c>mid</c> with the new text (stored for agents, not
/// answered); echoes and other events are acknowledged and dropped; <c>delivery.mids</c> become delivery reports, and
/// <c>delivery.watermark</c> and <c>read.watermark</c> watermarks (every message sent before them delivered, or read). The whole item stays in channelData (referral/ref included, for attribution).
/// </summary>
public static class MessengerInbound
{
    /// <summary>The <c>sticker_id</c>s of Messenger's like button (small, medium, large: held longer, it grows).</summary>
    private static readonly HashSet<string> LikeStickers = ["369239263222822", "369239343222814", "369239383222810"];

    public static MetaEvents Read(JsonElement root)
    {
        var events = MetaEvents.Empty();
        foreach (var entry in root.Items("entry"))
            foreach (var item in entry.Items("messaging"))
                ReadItem(item, events);
        return events;
    }

    private static void ReadItem(JsonElement item, MetaEvents events)
    {
        var sender = item.Get("sender")?.Id("id");
        var page = item.Get("recipient")?.Id("id");
        if (item.Get("delivery") is { } delivery)
        {
            foreach (var mid in delivery.Items("mids"))
                if (mid.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(mid.GetString())) events.Reports.Add(new DeliveryReport(mid.GetString()!, DeliveryStatus.Delivered, null));
            AddWatermark(events, sender, delivery, DeliveryStatus.Delivered);
            return;
        }
        if (item.Get("read") is { } read)
        {
            AddWatermark(events, sender, read, DeliveryStatus.Read);
            return;
        }
        if (sender is null || page is null) return;
        var timestamp = item.UnixTime("timestamp", milliseconds: true);

        if (item.Get("message") is { } message)
        {
            if (message.Flag("is_echo") || message.Id("mid") is not { } mid) return;
            var payload = message.Get("quick_reply")?.Text("payload");
            // The thumbs-up button sends a "like" sticker: it means 👍 (a yes), not a picture the bot cannot read.
            var like = LikeStickers.Contains(message.Get("sticker_id")?.GetRawText() ?? "");
            var activity = Message(mid, sender, page, timestamp, item, payload ?? message.Text("text") ?? (like ? "👍" : null), payload);
            activity.Attachments = like ? null : Attachments(message);
            events.Activities.Add(activity);
        }
        else if (item.Get("postback") is { } postback)
        {
            var payload = postback.Text("payload");
            var id = postback.Id("mid") ?? $"postback-{sender}-{item.Text("timestamp")}";
            events.Activities.Add(Message(id, sender, page, timestamp, item, payload ?? postback.Text("title"), payload));
        }
        else if (item.Get("reaction") is { } reaction && reaction.Id("mid") is { } reacted)
        {
            var action = reaction.Text("action") == "unreact" ? "unreact" : "react";
            var activity = Message($"reaction-{reacted}-{sender}-{item.Text("timestamp")}-{action}", sender, page, timestamp, item, null, null);
            activity.Type = ActivityTypes.MessageReaction;
            activity.ReplyToId = reacted;
            List<MessageReaction> reactions = [new() { Type = reaction.Text("emoji") ?? reaction.Text("reaction") ?? "" }];
            if (action == "react") activity.ReactionsAdded = reactions;
            else activity.ReactionsRemoved = reactions;
            events.Activities.Add(activity);
        }
        else if (item.Get("message_edit") is { } edit && edit.Id("mid") is { } edited)
        {
            var activity = Message($"{edited}-edit-{edit.Text("num_edit")}", sender, page, timestamp, item, edit.Text("text"), null);
            activity.Type = ActivityTypes.MessageUpdate;
            activity.ReplyToId = edited;
            events.Activities.Add(activity);
        }
        else if (item.Get("referral") is { } referral)
        {
            events.Activities.Add(new Activity
            {
                Type = ActivityTypes.Event,
                Name = "referral",
                Id = $"referral-{sender}-{item.Text("timestamp")}",
                ChannelId = MetaChannels.Messenger,
                From = new ChannelAccount { Id = sender },
                Recipient = new ChannelAccount { Id = page, Role = "bot" },
                Conversation = new ConversationAccount { Id = sender },
                Timestamp = timestamp,
                Value = referral.Clone(),
                ChannelData = item.Clone(),
            });
        }
    }

    /// <summary>
    /// A watermark covers every message the Page sent to this customer up to that time (mids are not always given, and a
    /// read receipt never names them): the conversation is the customer's, as every Messenger conversation here is.
    /// </summary>
    private static void AddWatermark(MetaEvents events, string? customer, JsonElement receipt, DeliveryStatus status)
    {
        if (customer is not null && receipt.UnixTime("watermark", milliseconds: true) is { } upTo)
            events.Watermarks.Add(new DeliveryWatermark(StateKeys.ConversationKey(MetaChannels.Messenger, customer), status, upTo));
    }

    private static Activity Message(string id, string sender, string page, DateTimeOffset? timestamp, JsonElement item, string? text, string? payload) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = MetaChannels.Messenger,
        From = new ChannelAccount { Id = sender },
        Recipient = new ChannelAccount { Id = page, Role = "bot" },
        Conversation = new ConversationAccount { Id = sender },
        Timestamp = timestamp,
        Text = text,
        Value = payload is null ? null : JsonSerializer.SerializeToElement(payload),
        ChannelData = item.Clone(),
    };

    private static List<Attachment>? Attachments(JsonElement message)
    {
        var attachments = message.Items("attachments")
            .Select(a => new Attachment
            {
                ContentType = a.Text("type") switch { "image" => "image/*", "video" => "video/*", "audio" => "audio/*", "file" => "application/octet-stream", var other => other },
                ContentUrl = a.Get("payload")?.Text("url"),
                Content = a.Get("payload")?.Clone(),
            })
            .ToList();
        return attachments.Count == 0 ? null : attachments;
    }
}
