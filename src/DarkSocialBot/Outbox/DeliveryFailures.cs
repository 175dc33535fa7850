namespace DarkSocialBot.Outbox;

/// <summary>Reasons a message is refused for good, as the first word of <see cref="DeliveryResult.Error"/> (and the outbox's error).</summary>
public static class DeliveryFailures
{
    /// <summary>The customer opted out (STOP) on this channel: nothing is sent to them until they opt back in.</summary>
    public const string OptedOut = "OptedOut";

    /// <summary>WhatsApp, more than 24 h after the customer's last message: only an approved template may be sent.</summary>
    public const string TemplateRequired = "TemplateRequired";

    /// <summary>Messenger, outside the 24-hour window (and not a human agent's reply within 7 days).</summary>
    public const string OutsideWindow = "OutsideWindow";

    /// <summary>Meta refused the approved template the bot sent outside the window (unknown name or language, not approved, no permission).</summary>
    public const string TemplateRefused = "TemplateRefused";

    /// <summary>The address is not a valid phone number or the provider rejected the recipient.</summary>
    public const string InvalidRecipient = "InvalidRecipient";

    /// <summary>The provider kept throttling after the allowed attempts.</summary>
    public const string Throttled = "Throttled";

    /// <summary>The provider kept failing for a while on its side ("try again later") after the allowed attempts.</summary>
    public const string Unavailable = "Unavailable";

    /// <summary>The provider held back the sender's messages for a while (a Page restricted by Meta) longer than the attempts lasted.</summary>
    public const string Restricted = "Restricted";

    /// <summary>The channel has no credentials configured.</summary>
    public const string ChannelOff = "ChannelOff";

    public static string Describe(string reason, string detail) => $"{reason}: {detail}";
}
