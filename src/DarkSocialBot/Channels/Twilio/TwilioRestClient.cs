using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace DarkSocialBot.Channels.Twilio;

/// <summary>
/// <c>POST {ApiBaseUrl}/2010-04-01/Accounts/{AccountSid}/Messages.json</c> with HTTP Basic auth and form fields.
/// The named client retries only 429 (never processed by Twilio, so safe); everything else is the dispatcher's call.
/// </summary>
public sealed class TwilioRestClient(IHttpClientFactory httpFactory, IOptions<TwilioOptions> options)
{
    public const string HttpClientName = "Twilio";

    public async Task<DeliveryResult> CreateMessageAsync(IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        using var request = AccountRequest(HttpMethod.Post, "Messages.json");
        request.Content = new FormUrlEncodedContent(fields);
        try
        {
            using var response = await httpFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            var json = await ReadJsonAsync(response, cancellationToken);
            if (response.IsSuccessStatusCode)
                return DeliveryResult.Sent(Text(json, "sid"), TwilioStatusCallback.Map(Text(json, "status")) ?? DeliveryStatus.Queued);
            return TwilioErrors.Map(response.StatusCode, Text(json, "code"));
        }
        catch (TimeoutRejectedException)
        {
            return DeliveryResult.Retry("Twilio did not answer in time");
        }
    }

    /// <summary><c>{ApiBaseUrl}/2010-04-01/Accounts/{AccountSid}/{path}</c> with the account's HTTP Basic auth, asking for JSON.</summary>
    private HttpRequestMessage AccountRequest(HttpMethod method, string path)
    {
        var settings = options.Value;
        var request = new HttpRequestMessage(method, $"{settings.ApiBaseUrl.TrimEnd('/')}/2010-04-01/Accounts/{Uri.EscapeDataString(settings.AccountSid!)}/{path}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.AccountSid}:{settings.AuthToken}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    /// <summary>
    /// <c>DELETE {ApiBaseUrl}/2010-04-01/Accounts/{AccountSid}/{path}</c> (a message, <c>Messages/{Sid}.json</c>, or one of its
    /// media, <c>Messages/{MessageSid}/Media/{Sid}.json</c>): Twilio answers 204 when deleted, 404 when there is no such resource.
    /// </summary>
    /// <returns>The HTTP status (504 when Twilio did not answer in time), Twilio's error code, and its Retry-After.</returns>
    public async Task<(int Status, string? Code, TimeSpan? RetryAfter)> DeleteAsync(string path, CancellationToken cancellationToken)
    {
        using var request = AccountRequest(HttpMethod.Delete, path);
        try
        {
            using var response = await httpFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            var json = await ReadJsonAsync(response, cancellationToken);
            return ((int)response.StatusCode, Text(json, "code"), response.Headers.RetryAfter?.Delta);
        }
        catch (TimeoutRejectedException)
        {
            return (504, null, null);
        }
    }

    private static async Task<JsonElement?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return bytes.Length == 0 ? null : JsonDocument.Parse(bytes).RootElement;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement? json, string name) =>
        json is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty(name, out var value)
            ? value.ValueKind switch { JsonValueKind.String => value.GetString(), JsonValueKind.Number => value.GetRawText(), _ => null }
            : null;
}
