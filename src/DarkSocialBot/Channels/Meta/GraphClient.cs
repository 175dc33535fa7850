using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace DarkSocialBot.Channels.Meta;

/// <summary>
/// POSTs JSON to (or DELETEs) the Graph API (<c>{GraphBaseUrl}/{GraphApiVersion}/{path}</c>) with a bearer token and, when the app
/// secret is known, <c>appsecret_proof</c>. The named client retries only HTTP 429; the rest is the dispatcher's call.
/// </summary>
public sealed class GraphClient(IHttpClientFactory httpFactory, IOptions<MetaOptions> options)
{
    public const string HttpClientName = "Meta";

    public Task<GraphResponse> PostAsync(string path, JsonObject body, string accessToken, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, [], JsonContent.Create(body), accessToken, cancellationToken);

    /// <summary><c>DELETE {GraphBaseUrl}/{GraphApiVersion}/{path}</c> with the query <paramref name="query"/> (a media object: <c>{"success": true}</c>).</summary>
    public Task<GraphResponse> DeleteAsync(string path, IReadOnlyList<KeyValuePair<string, string>> query, string accessToken, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, path, query, null, accessToken, cancellationToken);

    private async Task<GraphResponse> SendAsync(HttpMethod method, string path, IReadOnlyList<KeyValuePair<string, string>> query, HttpContent? content,
        string accessToken, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var parameters = query.ToList();
        if (!string.IsNullOrEmpty(settings.AppSecret))
            parameters.Add(new("appsecret_proof", Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(settings.AppSecret), Encoding.UTF8.GetBytes(accessToken)))));
        var uri = $"{settings.GraphBaseUrl.TrimEnd('/')}/{settings.GraphApiVersion}/{path}"
            + (parameters.Count == 0 ? "" : "?" + string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")));
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        try
        {
            using var response = await httpFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            JsonElement? json = null;
            try
            {
                if (bytes.Length > 0) json = JsonDocument.Parse(bytes).RootElement;
            }
            catch (JsonException)
            {
                // A proxy's HTML error page: judged by the status code alone.
            }
            return new GraphResponse((int)response.StatusCode, json, RetryAfter(response));
        }
        catch (TimeoutRejectedException)
        {
            return new GraphResponse(504, null, null);
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter?.Delta;
}

/// <summary>A Graph API answer: the HTTP status, its JSON, and the error it carries, if any.</summary>
public sealed record GraphResponse(int Status, JsonElement? Json, TimeSpan? RetryAfter)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public string? ErrorCode => Json?.Get("error")?.Text("code");
    public string? ErrorSubcode => Json?.Get("error")?.Text("error_subcode");
    public bool IsTransient => Json?.Get("error")?.Flag("is_transient") == true;
}
