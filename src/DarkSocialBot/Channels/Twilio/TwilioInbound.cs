using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DarkSocialBot.Core.Activities;

namespace DarkSocialBot.Channels.Twilio;

/// <summary>
/// Maps an inbound Twilio message webhook to an Activity: WhatsApp when <c>From</c> starts with <c>whatsapp:</c>,
/// otherwise SMS; id = <c>MessageSid</c> (the dedupe key); customer and bot addresses without the prefix; media as
/// attachments (a caption is the <c>Body</c>, so it is the text), a shared location as one too; a tapped button or list row as its payload (<c>ButtonPayload</c>, <c>ListId</c>); every parameter kept in
/// channelData (<c>ProfileName</c>, <c>WaId</c>, <c>Referral*</c>…).
/// </summary>
public static class TwilioInbound
{
    private const int MaxMedia = 10;

    /// <returns>The activity, or null with a reason when the request is not a message the bot can answer.</returns>
    public static (Activity? Activity, string? Ignored) Map(IReadOnlyDictionary<string, List<string>> form)
    {
        var sid = form.Value("MessageSid") ?? form.Value("SmsMessageSid") ?? form.Value("SmsSid");
        if (string.IsNullOrEmpty(sid)) return (null, "not a message (no MessageSid)");
        if (sid.Length > 64 || sid.Contains('\0', StringComparison.Ordinal)) return (null, "MessageSid is not a Twilio SID (34 characters)");
        var from = form.Value("From");
        var to = form.Value("To");
        if (string.IsNullOrEmpty(from) || string.IsNullOrEmpty(to)) return (null, "no From or To");

        var whatsApp = from.StartsWith(TwilioChannels.WhatsAppPrefix, StringComparison.OrdinalIgnoreCase);
        var customer = Customer(TwilioChannels.Bare(from), whatsApp);
        if (customer is null) return (null, "From is not a phone number the bot can answer");

        var user = new ChannelAccount { Id = customer, Name = NullIfEmpty(form.Value("ProfileName")) };
        if (whatsApp && NullIfEmpty(form.Value("WaId")) is { } waId)
            user.Properties = new Dictionary<string, JsonElement> { ["waId"] = JsonSerializer.SerializeToElement(waId) };

        // A tapped quick-reply button (ButtonPayload) or list row (ListId) of a WhatsApp template gives its id as the text.
        var payload = NullIfEmpty(form.Value("ButtonPayload")) ?? NullIfEmpty(form.Value("ListId"));
        return (new Activity
        {
            Type = ActivityTypes.Message,
            Id = sid,
            ChannelId = whatsApp ? TwilioChannels.WhatsApp : TwilioChannels.Sms,
            From = user,
            Recipient = new ChannelAccount { Id = TwilioChannels.Bare(to), Role = "bot" },
            Conversation = new ConversationAccount { Id = customer },
            Text = payload ?? form.Value("Body"),
            Value = payload is null ? null : JsonSerializer.SerializeToElement(payload),
            Attachments = Media(form),
            ChannelData = ChannelData(form),
        }, null);
    }

    /// <summary>E.164 for phone numbers; an opaque WhatsApp id (no <c>+</c>) is kept as it is.</summary>
    private static string? Customer(string address, bool whatsApp) =>
        address.StartsWith('+') ? E164.Normalize(address)
        : whatsApp && address.Length is > 0 and <= 128 && !address.Any(char.IsWhiteSpace) ? address
        : null;

    private static List<Attachment>? Media(IReadOnlyDictionary<string, List<string>> form)
    {
        var media = new List<Attachment>();
        // A shared WhatsApp location comes as Latitude/Longitude (and Address, Label), with no body and no media.
        if (NullIfEmpty(form.Value("Latitude")) is { } latitude && NullIfEmpty(form.Value("Longitude")) is { } longitude)
            media.Add(SharedContent.Location(latitude, longitude, NullIfEmpty(form.Value("Label")) ?? NullIfEmpty(form.Value("Address")), null));
        if (!int.TryParse(form.Value("NumMedia"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
            return media.Count == 0 ? null : media;
        for (var i = 0; i < Math.Min(count, MaxMedia); i++)
        {
            if (form.Value($"MediaUrl{i}") is not { Length: > 0 } url) continue;
            media.Add(new Attachment { ContentUrl = url, ContentType = form.Value($"MediaContentType{i}") ?? "application/octet-stream" });
        }
        return media.Count == 0 ? null : media;
    }

    private static JsonElement ChannelData(IReadOnlyDictionary<string, List<string>> form)
    {
        var data = new JsonObject();
        foreach (var (name, values) in form)
            data[name] = values.Count == 1 ? JsonValue.Create(values[0]) : new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
        return JsonSerializer.SerializeToElement(data);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
