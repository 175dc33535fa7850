using System.Net;
using DarkSocialBot.Channels.Meta;
using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Privacy.Providers;

/// <summary>
/// Deletes one resource at its provider and says what the queue should do: <see cref="DeliveryOutcome.Sent"/> when it is gone
/// (deleted, or the provider has no such resource: 404, which is what a second attempt after a lost answer gets),
/// <see cref="DeliveryOutcome.Retry"/> when the provider cannot now (down, throttled, a Twilio message not final yet:
/// error 20009), <see cref="DeliveryOutcome.Failed"/> when it refuses (credentials, permissions).
/// </summary>
public sealed class ProviderDeleter(TwilioRestClient twilio, GraphClient graph, IOptions<TwilioOptions> twilioOptions, IOptions<MetaOptions> metaOptions)
{
    /// <summary>Twilio: "Cannot delete this resource before it is complete" (a message is being processed; it may take up to 14 days).</summary>
    public const string NotCompleteYet = "20009";

    public Task<DeliveryResult> DeleteAsync(ProviderResourceKind kind, string resource, string? scope, CancellationToken cancellationToken) => kind switch
    {
        ProviderResourceKind.TwilioMessage => TwilioAsync($"Messages/{Uri.EscapeDataString(resource)}.json", cancellationToken),
        ProviderResourceKind.TwilioMedia when resource.Split('/') is [var message, var media] =>
            TwilioAsync($"Messages/{Uri.EscapeDataString(message)}/Media/{Uri.EscapeDataString(media)}.json", cancellationToken),
        ProviderResourceKind.WhatsAppMedia => WhatsAppAsync(resource, scope, cancellationToken),
        _ => Task.FromResult(DeliveryResult.Failed($"not a resource this host can delete ({kind})")),
    };

    private async Task<DeliveryResult> TwilioAsync(string path, CancellationToken cancellationToken)
    {
        if (!twilioOptions.Value.IsConfigured()) return DeliveryResult.Retry("Twilio is not configured on this host (Twilio:AccountSid, AuthToken)");
        var (status, code, retryAfter) = await twilio.DeleteAsync(path, cancellationToken);
        var answer = $"Twilio answered {status}{(code is null ? "" : $" with error {code}")}";
        return status switch
        {
            >= 200 and < 300 or (int)HttpStatusCode.NotFound => DeliveryResult.Sent(null),
            (int)HttpStatusCode.TooManyRequests => DeliveryResult.Retry(answer, retryAfter, code ?? TwilioErrors.TooManyRequests),
            _ when code == NotCompleteYet => DeliveryResult.Retry($"{answer} (not complete yet)", retryAfter, code),
            >= 500 or (int)HttpStatusCode.RequestTimeout => DeliveryResult.Retry(answer, retryAfter, code),
            _ => DeliveryResult.Failed(answer, code),
        };
    }

    private async Task<DeliveryResult> WhatsAppAsync(string mediaId, string? phoneNumberId, CancellationToken cancellationToken)
    {
        var settings = metaOptions.Value;
        if (string.IsNullOrEmpty(settings.WhatsAppAccessToken)) return DeliveryResult.Retry("the WhatsApp Cloud API is not configured on this host (Meta:WhatsAppAccessToken)");
        // phone_number_id: Meta deletes the media only if it belongs to the number the customer wrote to.
        KeyValuePair<string, string>[] query = phoneNumberId is null ? [] : [new("phone_number_id", phoneNumberId)];
        var response = await graph.DeleteAsync(Uri.EscapeDataString(mediaId), query, settings.WhatsAppAccessToken, cancellationToken);
        // 100/33: "Object … does not exist, cannot be loaded due to missing permissions, or does not support this operation": gone.
        if (response.IsSuccess || response.Status == 404 || (response.ErrorCode == "100" && response.ErrorSubcode == "33")) return DeliveryResult.Sent(null);
        return GraphErrors.Map(response, settings.RestrictedRetryDelay);
    }
}
