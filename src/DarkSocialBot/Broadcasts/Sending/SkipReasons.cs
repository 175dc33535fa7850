namespace DarkSocialBot.Broadcasts.Sending;

/// <summary>Why a delivery was not sent (recorded on it) or was deferred.</summary>
internal static class SkipReasons
{
    /// <summary>The subscription ended (unsubscribe, STOP) or its consent was withdrawn before the send.</summary>
    public const string Unsubscribed = "Unsubscribed";

    /// <summary>The customer opted out of the channel (STOP) before the send.</summary>
    public const string OptedOut = "OptedOut";

    /// <summary>The campaign has no text in the subscriber's language.</summary>
    public const string NoTextForLanguage = "NoTextForLanguage";

    /// <summary>Deferred: it was quiet hours in the subscriber's time zone.</summary>
    public const string QuietHours = "QuietHours";

    public const string Cancelled = "Cancelled";
}
