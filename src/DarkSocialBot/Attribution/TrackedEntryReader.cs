using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Attribution;

namespace DarkSocialBot.Attribution;

/// <summary>
/// Finds a tracked entry in an inbound activity: a Messenger referral in channelData (<c>referral.ref</c>,
/// <c>postback.referral.ref</c>, <c>optin.ref</c> or a top-level <c>ref</c>), else a code in the text (WhatsApp pre-filled
/// "[ref:CODE]", UTM parameters, <c>ref=</c>, "#CODE").
/// </summary>
internal static class TrackedEntryReader
{
    public static TrackedEntry? Read(Activity activity) =>
        ReadReferral(activity) ?? (activity.IsType(ActivityTypes.Message) ? TrackedEntry.Parse(activity.Text) : null);

    /// <summary>The Messenger referral alone: the provider's word that the customer came by a link, an ad or a QR code, whenever it comes.</summary>
    public static TrackedEntry? ReadReferral(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data ? TrackedEntry.FromMessengerRef(MessengerRef(data)) : null;

    private static string? MessengerRef(JsonElement data) =>
        StringAt(data, "referral", "ref") ?? StringAt(data, "postback", "referral", "ref") ?? StringAt(data, "optin", "ref")
        ?? StringAt(data, "ref");

    private static string? StringAt(JsonElement element, params string[] path)
    {
        foreach (var name in path)
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element)) return null;
        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }
}
