using System.Text.Json;
using System.Text.RegularExpressions;
using DarkSocialBot.Channels.Meta;
using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Privacy.Providers;

/// <summary>
/// What a customer sent that the provider keeps: read only from what they sent (an inbound message of their conversation,
/// or the evidence filed with their bag report), never from what the brand sent. On Twilio (SMS, WhatsApp) the inbound
/// message (its body, kept in Twilio's logs) and each of its media; on the WhatsApp Cloud API each media object, unless
/// older than <see cref="WhatsAppMediaLifetime"/> (Meta has deleted it by then). Messenger attachments are CDN links the Page
/// cannot delete, and web chat and Bot Framework keep nothing of ours: nothing.
/// </summary>
public sealed partial record ProviderResource(ProviderResourceKind Kind, string Resource, string? Scope = null)
{
    /// <summary>The channels whose inbound messages leave something at the provider that can be deleted.</summary>
    public static readonly string[] Channels = [TwilioChannels.Sms, TwilioChannels.WhatsApp, MetaChannels.WhatsApp];

    /// <summary>The kind of resource a channel's inbound message leaves at its provider (its media, on the WhatsApp Cloud API).</summary>
    public static ProviderResourceKind KindOf(string channelId) =>
        channelId == MetaChannels.WhatsApp ? ProviderResourceKind.WhatsAppMedia : ProviderResourceKind.TwilioMessage;

    /// <summary>How long Meta keeps a media object a customer sent: "media expire after 30 days".</summary>
    public static readonly TimeSpan WhatsAppMediaLifetime = TimeSpan.FromDays(30);

    /// <summary>The inbound message and its media, as stored in the inbox (<paramref name="payload"/> is the activity's JSON).</summary>
    public static IEnumerable<ProviderResource> OfInbound(string channelId, byte[] payload, DateTimeOffset receivedAt, DateTimeOffset now)
    {
        if (!TwilioChannels.Handles(channelId) && channelId != MetaChannels.WhatsApp) return [];
        Activity? activity;
        try { activity = JsonSerializer.Deserialize(payload, ActivityJson.Default.Activity); }
        catch (JsonException) { return []; }
        if (activity is null) return [];
        if (TwilioChannels.Handles(channelId))
        {
            // Media first: deleting the message deletes its media too, but a message Twilio has not finalised yet cannot be
            // deleted for a while, and its photos can.
            var media = (activity.Attachments ?? []).SelectMany(a => OfEvidence(a.ContentUrl, receivedAt, now)).Where(r => r.Kind == ProviderResourceKind.TwilioMedia);
            return activity.Id is { } sid && TwilioSid().IsMatch(sid) ? [.. media, new(ProviderResourceKind.TwilioMessage, sid)] : [.. media];
        }
        if (now - receivedAt >= WhatsAppMediaLifetime) return [];
        return [.. (activity.Attachments ?? [])
            .Select(a => a.Content is { ValueKind: JsonValueKind.Object } content ? content.Id("id") : null)
            .Where(id => id is not null && MediaId().IsMatch(id))
            .Select(id => new ProviderResource(ProviderResourceKind.WhatsAppMedia, id!, activity.Recipient?.Id is { Length: <= 64 } phoneNumberId ? phoneNumberId : null))];
    }

    /// <summary>
    /// A photo or document's URL (a bag report's evidence, an inbound attachment): a Twilio media URL names the media and its
    /// message (both the customer's); a Graph media object URL a WhatsApp media id; anything else (Messenger CDN, web) nothing.
    /// </summary>
    public static IEnumerable<ProviderResource> OfEvidence(string? url, DateTimeOffset sentAt, DateTimeOffset now)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return [];
        if (TwilioMedia().Match(uri.AbsolutePath) is { Success: true } twilio)
            return [new(ProviderResourceKind.TwilioMedia, $"{twilio.Groups["message"].Value}/{twilio.Groups["media"].Value}"),
                new(ProviderResourceKind.TwilioMessage, twilio.Groups["message"].Value)];
        if (GraphMedia().Match(uri.AbsolutePath) is { Success: true } graph && now - sentAt < WhatsAppMediaLifetime)
            return [new(ProviderResourceKind.WhatsAppMedia, graph.Groups["media"].Value)];
        return [];
    }

    [GeneratedRegex("^[A-Z]{2}[0-9a-fA-F]{32}$")]
    private static partial Regex TwilioSid();

    [GeneratedRegex("^[0-9A-Za-z_-]{1,128}$")]
    private static partial Regex MediaId();

    [GeneratedRegex("/Accounts/AC[0-9a-fA-F]{32}/Messages/(?<message>[A-Z]{2}[0-9a-fA-F]{32})/Media/(?<media>ME[0-9a-fA-F]{32})(\\.json)?$")]
    private static partial Regex TwilioMedia();

    [GeneratedRegex("^/(.*/)?v[0-9]+\\.[0-9]+/(?<media>[0-9]{1,64})$")]
    private static partial Regex GraphMedia();
}
