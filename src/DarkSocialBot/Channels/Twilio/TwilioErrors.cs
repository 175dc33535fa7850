using System.Net;
using DarkSocialBot.Outbox;

namespace DarkSocialBot.Channels.Twilio;

/// <summary>
/// Twilio REST errors (channels.md §2) mapped to what the dispatcher should do. Texts never include Twilio's
/// message, which can quote the phone number: only the code and our reason reach logs and the outbox.
/// </summary>
public static class TwilioErrors
{
    public const string OptedOut = "21610";
    public const string TooManyRequests = "20429";

    public static DeliveryResult Map(HttpStatusCode status, string? code) => code switch
    {
        OptedOut => Failed(DeliveryFailures.OptedOut, "the recipient replied STOP", code),
        "21211" or "21614" or "21635" or "21608" => Failed(DeliveryFailures.InvalidRecipient, "Twilio refused the To number", code),
        "63016" => Failed(DeliveryFailures.TemplateRequired, "outside the WhatsApp 24-hour window", code),
        "63018" => DeliveryResult.Retry($"Twilio error {code}: WhatsApp rate limit", errorCode: code),
        TooManyRequests => Failed(DeliveryFailures.Throttled, "still throttled after 3 attempts", code),
        _ when status == HttpStatusCode.TooManyRequests => Failed(DeliveryFailures.Throttled, "still throttled after 3 attempts", code ?? TooManyRequests),
        _ when (int)status >= 500 || status == HttpStatusCode.RequestTimeout => DeliveryResult.Retry($"Twilio answered {(int)status}", errorCode: code),
        _ => DeliveryResult.Failed($"Twilio answered {(int)status} with error {code ?? "(none)"}", code),
    };

    private static DeliveryResult Failed(string reason, string detail, string? code) =>
        DeliveryResult.Failed(DeliveryFailures.Describe(reason, $"{detail} (Twilio {code})"), code);
}
