using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Attribution;

namespace DarkSocialBot.Attribution;

/// <summary>
/// Finds a tracked entry in an inbound activity: a Messenger referral in channelData (<c>referral.ref</c>,
/// <c>postback.referral.ref</c>, <c>optin.ref</c> or a top-level <c>ref</c>), an ad the provider names (click-to-WhatsApp,
/// click-to-Messenger), else a code in the text (WhatsApp pre-filled "[ref:CODE]", UTM parameters, <c>ref=</c>, "#CODE").
/// </summary>
internal static class TrackedEntryReader
{
    public static TrackedEntry? Read(Activity activity) =>
        ReadReferral(activity) ?? (activity.IsType(ActivityTypes.Message) ? TrackedEntry.Parse(activity.Text) : null);

    /// <summary>
    /// The provider's referral alone, its word that the customer came by a link, an ad or a QR code, whenever it comes: a
    /// Messenger ref, else an ad the provider names (click-to-WhatsApp <c>message.referral</c>, a Messenger <c>ADS</c> referral).
    /// </summary>
    public static TrackedEntry? ReadReferral(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data ? TrackedEntry.FromMessengerRef(MessengerRef(data)) ?? Ad(data) : null;

    private static TrackedEntry? Ad(JsonElement data)
    {
        if (Object(data, "message", "referral") is { } whatsApp && StringAt(whatsApp, "source_type") is "ad" or "post")
            return TrackedEntry.FromAd(StringAt(whatsApp, "source_id"), StringAt(whatsApp, "source_type") == "post", StringAt(whatsApp, "headline"));
        var messenger = Object(data, "referral") ?? Object(data, "postback", "referral") ?? Object(data, "message", "referral");
        return messenger is { } referral && StringAt(referral, "source") == "ADS"
            ? TrackedEntry.FromAd(StringAt(referral, "ad_id"), post: false, Object(referral, "ads_context_data") is { } context ? StringAt(context, "ad_title") : null)
            : null;
    }

    private static JsonElement? Object(JsonElement element, params string[] path)
    {
        foreach (var name in path)
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element)) return null;
        return element.ValueKind == JsonValueKind.Object ? element : null;
    }

    private static string? MessengerRef(JsonElement data) =>
        StringAt(data, "referral", "ref") ?? StringAt(data, "postback", "referral", "ref") ?? StringAt(data, "message", "referral", "ref")
        ?? StringAt(data, "optin", "ref")
        ?? StringAt(data, "ref");

    private static string? StringAt(JsonElement element, params string[] path)
    {
        foreach (var name in path)
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element)) return null;
        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }
}
