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
/// answered); an <c>optin</c> an <c>optin</c> event (a Marketing Messages consent, or a plugin's ref); <c>entry[].standby[]</c>
/// items as the same activities marked <c>"standby": true</c> in channelData (another app owns the thread: stored, never
/// answered, see <see cref="StandbyMiddleware"/>); echoes and other events are acknowledged and dropped; <c>delivery.mids</c> become delivery reports, and
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
        {
            foreach (var item in entry.Items("messaging"))
                ReadItem(item, events, standby: false);
            // Handover protocol / conversation routing: "this callback will occur when a message has been sent to your page, but
            // your application is not the current thread owner". Stored for the transcript, marked, never answered.
            foreach (var item in entry.Items("standby"))
                ReadItem(item, events, standby: true);
        }
        return events;
    }

    /// <summary>The name of the event a <c>messaging_optins</c> item becomes.</summary>
    public const string OptInEvent = OptInConsent.EventName;

    /// <summary>The event a Messenger referral into an existing thread (an m.me link, an ad) becomes.</summary>
    public const string ReferralEvent = "referral";

    /// <summary>Whether the activity came on the <c>standby</c> channel: another app owns the thread, so the bot only observes it.</summary>
    public static bool IsStandby(Activity activity) =>
        activity.ChannelId == MetaChannels.Messenger && activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.Flag(StandbyFlag);

    private const string StandbyFlag = "standby";

    private static void ReadItem(JsonElement source, MetaEvents events, bool standby)
    {
        var item = standby ? MarkStandby(source) : source;
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
        else if (item.Get("optin") is { ValueKind: JsonValueKind.Object } optin)
        {
            events.Activities.Add(OptIn(sender, page, timestamp, item, optin));
        }
        else if (item.Get("referral") is { } referral)
        {
            events.Activities.Add(new Activity
            {
                Type = ActivityTypes.Event,
                Name = ReferralEvent,
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
    /// A <c>messaging_optins</c> item as an event named <see cref="OptInEvent"/>. Meta sends one "when a person opts in to receiving
    /// Marketing Messages or taps on a Send to Messenger plugin": for Marketing Messages (<c>type: notification_messages</c>) its
    /// value is the consent, <c>{topic, granted, wording}</c>: the topic is the opt-in request's <c>payload</c>, the wording its
    /// <c>title</c>, and <c>notification_messages_status: "STOP NOTIFICATIONS"</c> withdraws it ("RESUME NOTIFICATIONS", or none,
    /// grants it). A plugin's <c>optin.ref</c> (its <c>data-ref</c>) stays in channelData, read as a tracked arrival. The checkbox
    /// plugin's opt-in has no sender (a <c>user_ref</c> only): it names no conversation, and is dropped with the other sender-less items.
    /// </summary>
    private static Activity OptIn(string sender, string page, DateTimeOffset? timestamp, JsonElement item, JsonElement optin)
    {
        var status = optin.Text("notification_messages_status");
        var stopped = string.Equals(status, "STOP NOTIFICATIONS", StringComparison.OrdinalIgnoreCase);
        JsonElement? consent = optin.Text("type") == "notification_messages" && optin.Id("payload") is { } topic
            ? new OptInConsent(topic, !stopped, optin.Text("title")).ToJson()
            : null;
        return new Activity
        {
            Type = ActivityTypes.Event,
            Name = OptInEvent,
            // The time as read (a redelivery has the same), never the sender's text of any length: the id is also a consent's evidence.
            Id = $"optin-{sender}-{timestamp?.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture) ?? TextPrefix.Cut(item.Text("timestamp") ?? "", 20)}-{(stopped ? "stop" : "grant")}",
            ChannelId = MetaChannels.Messenger,
            From = new ChannelAccount { Id = sender },
            Recipient = new ChannelAccount { Id = page, Role = "bot" },
            Conversation = new ConversationAccount { Id = sender },
            Timestamp = timestamp,
            Value = consent,
            ChannelData = item.Clone(),
        };
    }

    /// <summary>The item with <c>"standby": true</c> added (any such property of its own left out), so the turn knows another app owns the thread.</summary>
    private static JsonElement MarkStandby(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object) return item;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in item.EnumerateObject())
                if (property.Name != StandbyFlag) property.WriteTo(writer);
            writer.WriteBoolean(StandbyFlag, true);
            writer.WriteEndObject();
        }
        return JsonDocument.Parse(buffer.WrittenMemory).RootElement.Clone();
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
