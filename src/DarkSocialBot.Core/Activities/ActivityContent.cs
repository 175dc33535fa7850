namespace DarkSocialBot.Core.Activities;

/// <summary>What a customer's message holds besides text: media only (a photo, a sticker, a location), or a voice note.</summary>
public static class ActivityContent
{
    /// <summary>The attachment standing for a message the channel could not pass on at all (WhatsApp's 131060).</summary>
    public const string UnavailableType = "application/vnd.darksocialbot.unavailable";

    /// <summary>A message that did not come through: nothing of it reached the bot, so the customer is asked to send it again.</summary>
    public static bool IsUnavailable(Activity activity) =>
        IsMediaOnly(activity) && activity.Attachments!.Any(a => a.ContentType == UnavailableType);

    /// <summary>No text to read, but something attached (a photo, a voice note, a document, a location, a contact card).</summary>
    public static bool IsMediaOnly(Activity activity) =>
        string.IsNullOrWhiteSpace(activity.Text) && activity.Attachments is { Count: > 0 };

    /// <summary>Media only, and one of them is audio: a voice note (WhatsApp's <c>audio/ogg; codecs=opus</c>, Messenger's audio).</summary>
    public static bool IsVoiceNote(Activity activity) =>
        IsMediaOnly(activity) && activity.Attachments!.Any(a => a.ContentType?.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) == true);
}
