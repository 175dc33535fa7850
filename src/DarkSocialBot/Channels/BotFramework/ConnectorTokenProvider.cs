using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Channels.BotFramework;

/// <summary>
/// Client-credentials tokens for replies to the connector, cached and refreshed five minutes before they expire.
/// An anonymous bot (no app id) has no token and sends no Authorization header.
/// </summary>
public sealed class ConnectorTokenProvider(IHttpClientFactory httpFactory, IOptions<BotFrameworkOptions> options, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private CachedToken? _current; // a reference, so readers outside the lock never see half an update

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.IsAnonymous || string.IsNullOrEmpty(settings.AppPassword)) return null;
        if (Volatile.Read(ref _current) is { } cached && cached.ExpiresAt - RefreshMargin > time.GetUtcNow()) return cached.Token;

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (Volatile.Read(ref _current) is { } fresh && fresh.ExpiresAt - RefreshMargin > time.GetUtcNow()) return fresh.Token;
            var tenant = string.IsNullOrWhiteSpace(settings.TenantId) ? "botframework.com" : settings.TenantId;
            var endpoint = new Uri(new Uri(settings.LoginBaseUrl.TrimEnd('/') + "/"), $"{Uri.EscapeDataString(tenant)}/oauth2/v2.0/token");
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = settings.AppId!,
                ["client_secret"] = settings.AppPassword,
                ["scope"] = settings.OAuthScope,
            });
            using var response = await httpFactory.CreateClient(BotFrameworkExtensions.HttpClientName).PostAsync(endpoint, form, cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new HttpRequestException($"Token endpoint answered {(int)response.StatusCode}.", null, response.StatusCode);
            var body = await ReadAsync(response, cancellationToken);
            Volatile.Write(ref _current, new CachedToken(body.AccessToken!, time.GetUtcNow().AddSeconds(body.ExpiresIn)));
            return body.AccessToken;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Invalidate() => Volatile.Write(ref _current, null);

    public void Dispose() => _refresh.Dispose();

    private static async Task<TokenResponse> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
            if (body is { AccessToken.Length: > 0, ExpiresIn: > 0 }) return body;
        }
        catch (JsonException)
        {
        }
        throw new HttpRequestException("The token endpoint answered without a usable access_token and expires_in.");
    }

    private sealed record CachedToken(string Token, DateTimeOffset ExpiresAt);

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in"), JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] int ExpiresIn);
}
