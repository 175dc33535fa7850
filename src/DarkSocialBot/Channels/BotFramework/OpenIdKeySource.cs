using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace DarkSocialBot.Channels.BotFramework;

/// <summary>
/// Signing keys published at one OpenID metadata URL (its <c>jwks_uri</c>), cached by Microsoft.IdentityModel's
/// <see cref="ConfigurationManager{T}"/>: refreshed every 24 hours, and at most once an hour when a token names a key
/// the cache does not know (a key rotation). The hourly gate uses the injected clock; the library's own timers use
/// the system clock (it does not let callers replace it).
/// </summary>
internal sealed class OpenIdKeySource
{
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(24);
    public static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromHours(1);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private DateTimeOffset? _lastUnknownKeyRefresh;
    private SigningKeys? _current;

    public OpenIdKeySource(string metadataUrl, HttpClient httpClient, TimeProvider time)
    {
        // Plain http is accepted only when it is what was configured (tests run a local endpoint on 127.0.0.1).
        var retriever = new HttpDocumentRetriever(httpClient)
        {
            RequireHttps = !metadataUrl.StartsWith(Uri.UriSchemeHttp + "://", StringComparison.OrdinalIgnoreCase),
        };
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = AutomaticRefreshInterval,
            RefreshInterval = UnknownKeyRefreshInterval,
        };
        _time = time;
    }

    /// <exception cref="InvalidOperationException">The metadata could not be fetched and nothing is cached.</exception>
    public async Task<SigningKeys> GetKeysAsync(CancellationToken cancellationToken)
    {
        var configuration = await _manager.GetConfigurationAsync(cancellationToken);
        var current = Volatile.Read(ref _current);
        if (current is not null && ReferenceEquals(current.Configuration, configuration)) return current;
        current = SigningKeys.From(configuration);
        Volatile.Write(ref _current, current);
        return current;
    }

    /// <summary>Fetches the keys again because a token named an unknown key; null when that already happened within the hour.</summary>
    public async Task<SigningKeys?> RefreshForUnknownKeyAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (_lastUnknownKeyRefresh is { } last && now - last < UnknownKeyRefreshInterval) return null;
            _lastUnknownKeyRefresh = now;
        }
        _manager.RequestRefresh();
        return await GetKeysAsync(cancellationToken);
    }
}
