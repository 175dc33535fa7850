using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DarkSocialBot.Core.Activities;

namespace DarkSocialBot.Channels.BotFramework;

/// <summary>
/// A <c>messageUpdate</c> (an edit) or <c>messageDelete</c> refers to the message it changes by that message's own id
/// (Activity protocol A5800, A5900; Teams does so), so kept as is it would be dropped by the inbox as a redelivery of that
/// message, and every later edit of it too. Mapped here as the Meta channels map theirs: <c>replyToId</c> names the changed
/// message, and the id becomes that message's id plus a digest of the change (its type, Teams' <c>eventType</c>, text and
/// time), so each edit is stored once and the same edit delivered twice is still a duplicate. A restored message (Teams'
/// <c>undeleteMessage</c>, an update carrying the old text) names none: it is stored, never read as a correction.
/// </summary>
internal static class MessageChange
{
    public static bool Is(Activity activity) =>
        activity.IsType(ActivityTypes.MessageUpdate) || activity.IsType(ActivityTypes.MessageDelete);

    public static void Key(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Id)) return; // names no message: the turn processor gives it an id of its own
        var eventType = EventType(activity);
        var changed = activity.Id;
        activity.ReplyToId = eventType == "undeleteMessage" ? null : changed;
        var change = string.Join('\n', activity.Type, eventType, activity.Text,
            activity.Timestamp?.ToString("O", CultureInfo.InvariantCulture));
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(change)).AsSpan(0, 8));
        activity.Id = $"{changed}#{(activity.IsType(ActivityTypes.MessageDelete) ? "delete" : "edit")}-{digest}";
    }

    private static string? EventType(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("eventType", out var type)
            && type.ValueKind == JsonValueKind.String ? type.GetString() : null;
}
