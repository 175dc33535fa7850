using System.ComponentModel.DataAnnotations;

namespace DarkSocialBot.Channels.Twilio;

/// <summary>
/// Section <c>Twilio</c> (SMS and WhatsApp). The channel is on when <see cref="AccountSid"/>, <see cref="AuthToken"/>
/// and <see cref="PublicBaseUrl"/> are set; otherwise its endpoints answer 404 and the rest of the bot runs.
/// </summary>
public sealed class TwilioOptions
{
    public const string SectionName = "Twilio";

    public string? AccountSid { get; set; }

    /// <summary>The primary Auth Token: signs webhooks and authenticates REST calls.</summary>
    public string? AuthToken { get; set; }

    /// <summary>The public scheme, host (and port, and path prefix) Twilio calls, e.g. <c>https://bot.example.com</c>. Signatures are checked against it, never against request headers.</summary>
    public string? PublicBaseUrl { get; set; }

    [Required, Url]
    public string ApiBaseUrl { get; set; } = "https://api.twilio.com";

    /// <summary>Senders for messages that do not answer an inbound one (replies go out from the number the customer wrote to).</summary>
    public string? SmsFrom { get; set; }
    public string? WhatsAppFrom { get; set; }

    /// <summary>When set, messages go out through this Messaging Service instead of a <c>From</c> number.</summary>
    public string? MessagingServiceSid { get; set; }

    /// <summary>Approved WhatsApp template (<c>HX…</c>) used outside the 24-hour window; without it such sends fail with TemplateRequired.</summary>
    public string? WhatsAppTemplateContentSid { get; set; }

    /// <summary>The template variable that receives the message text (e.g. <c>1</c>); empty sends the template without variables.</summary>
    public string? WhatsAppTemplateTextVariable { get; set; }

    /// <summary>Where Twilio posts delivery statuses; empty uses <see cref="PublicBaseUrl"/> + <see cref="StatusPath"/>.</summary>
    public string? StatusCallbackUrl { get; set; }

    [Required, RegularExpression("^/.*")]
    public string InboundPath { get; set; } = "/api/twilio";

    [Required, RegularExpression("^/.*")]
    public string StatusPath { get; set; } = "/api/twilio/status";

    /// <summary>Sending rate per SMS sender, in segments per second as carriers count them (US long code: 1); 0 = unlimited.</summary>
    [Range(0, 10_000)]
    public double SmsMessagesPerSecond { get; set; } = 1;

    /// <summary>Sending rate per WhatsApp sender (Twilio default 80 MPS); 0 = unlimited.</summary>
    [Range(0, 10_000)]
    public double WhatsAppMessagesPerSecond { get; set; } = 80;

    [Range(1024, 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 64 * 1024;

    public bool IsConfigured() =>
        !string.IsNullOrWhiteSpace(AccountSid) && !string.IsNullOrWhiteSpace(AuthToken) && Uri.IsWellFormedUriString(PublicBaseUrl, UriKind.Absolute);

    public string StatusCallbackFor() =>
        string.IsNullOrWhiteSpace(StatusCallbackUrl) ? PublicBaseUrl!.TrimEnd('/') + StatusPath : StatusCallbackUrl;
}
