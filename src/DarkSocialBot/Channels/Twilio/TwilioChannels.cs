namespace DarkSocialBot.Channels.Twilio;

/// <summary>Channel ids of the Twilio adapter: SMS and WhatsApp are separate channels (separate opt-outs, windows and rendering).</summary>
public static class TwilioChannels
{
    public const string Sms = "twilio-sms";
    public const string WhatsApp = "twilio-whatsapp";
    public const string WhatsAppPrefix = "whatsapp:";

    public static bool Handles(string channelId) => channelId is Sms or WhatsApp;

    /// <summary>Removes the <c>whatsapp:</c> prefix Twilio puts on WhatsApp addresses.</summary>
    public static string Bare(string address) =>
        address.StartsWith(WhatsAppPrefix, StringComparison.OrdinalIgnoreCase) ? address[WhatsAppPrefix.Length..] : address;

    /// <summary>
    /// The customer's id as the adapter writes it from an address: E.164 for a phone number, with or without the
    /// <c>whatsapp:</c> prefix or spaces (<c>whatsapp:+33 6 12 34 56 78</c> is <c>+33612345678</c>); anything else as it is.
    /// </summary>
    public static string UserId(string address) =>
        Bare(address.Trim()) is var bare && bare.StartsWith('+') && E164.Normalize(bare) is { } number ? number : bare;

    /// <summary>The address as Twilio wants it on this channel (<c>whatsapp:+1…</c> on WhatsApp).</summary>
    public static string Address(string channelId, string address) =>
        channelId == WhatsApp ? WhatsAppPrefix + Bare(address) : Bare(address);
}
