using System.Net.Http.Json;
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
    private (string Token, DateTimeOffset ExpiresAt)? _current;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.IsAnonymous || string.IsNullOrEmpty(settings.AppPassword)) return null;
        if (_current is { } cached && cached.ExpiresAt - RefreshMargin > time.GetUtcNow()) return cached.Token;

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } fresh && fresh.ExpiresAt - RefreshMargin > time.GetUtcNow()) return fresh.Token;
            var tenant = string.IsNullOrWhiteSpace(settings.TenantId) ? "botframework.com" : settings.TenantId;
            var endpoint = new Uri(new Uri(settings.LoginBaseUrl.TrimEnd('/') + "/"), $"{tenant}/oauth2/v2.0/token");
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
            var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
                ?? throw new HttpRequestException("Token endpoint answered with an empty body.");
            _current = (body.AccessToken, time.GetUtcNow().AddSeconds(body.ExpiresIn));
            return body.AccessToken;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Invalidate() => _current = null;

    public void Dispose() => _refresh.Dispose();

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
