using DarkSocialBot.Core.Activities;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace DarkSocialBot.Channels.BotFramework;

/// <summary>
/// Decides whether an inbound <c>/api/messages</c> request may run. Anonymous bots accept every request (a bogus
/// bearer is ignored, like the SDK); bots with an app id need a valid channel or Emulator token, told apart by the
/// token's issuer (read before anything is trusted, then validated against that issuer's keys and rules).
/// </summary>
internal sealed class BotFrameworkAuthenticator(
    IOptions<BotFrameworkOptions> options,
    OpenIdKeySources keySources,
    BotFrameworkTokenValidator validator)
{
    public const string AzureCallerId = "urn:botframework:azure";
    private const string BearerPrefix = "Bearer ";
    private const int MaxTokenLength = 16 * 1024;

    public async Task<AuthenticationResult> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.IsAnonymous) return AuthenticationResult.Anonymous;
        if (ReadToken(authorization) is not { } token) return AuthenticationResult.Denied("no readable bearer token");

        try
        {
            if (string.Equals(token.Issuer, settings.ChannelIssuer, StringComparison.Ordinal))
                return await AuthenticateChannelAsync(token, activity, settings, cancellationToken);
            if (EmulatorIssuers(settings).Contains(token.Issuer, StringComparer.Ordinal))
                return await AuthenticateEmulatorAsync(token, activity, settings, cancellationToken);
            return AuthenticationResult.Denied("the token's issuer is not trusted");
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TaskCanceledException
            && !cancellationToken.IsCancellationRequested)
        {
            // The keys could not be fetched (and none are cached): nothing can be verified, the channel may retry.
            return AuthenticationResult.Unavailable($"signing keys unavailable ({ex.GetType().Name})");
        }
    }

    private async Task<AuthenticationResult> AuthenticateChannelAsync(JsonWebToken token, Activity activity,
        BotFrameworkOptions settings, CancellationToken cancellationToken)
    {
        var (validated, error) = await validator.ValidateAsync(token, keySources.Channel, [settings.ChannelIssuer],
            settings.AppId!, activity.ChannelId, cancellationToken);
        if (validated is null) return AuthenticationResult.Denied(error!);

        // The connector says where replies go; a token minted for another serviceUrl must not redirect them.
        if (!validated.TryGetPayloadValue<string>("serviceurl", out var serviceUrl)
            || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            return AuthenticationResult.Denied("the serviceurl claim does not match the activity's serviceUrl");
        return AuthenticationResult.Authenticated(AzureCallerId);
    }

    private async Task<AuthenticationResult> AuthenticateEmulatorAsync(JsonWebToken token, Activity activity,
        BotFrameworkOptions settings, CancellationToken cancellationToken)
    {
        var (validated, error) = await validator.ValidateAsync(token, keySources.Emulator, EmulatorIssuers(settings),
            settings.AppId!, activity.ChannelId, cancellationToken);
        if (validated is null) return AuthenticationResult.Denied(error!);

        // v1.0 tokens name the calling app in "appid", v2.0 tokens in "azp"; any other version is refused.
        validated.TryGetPayloadValue<string>("ver", out var version);
        var appClaim = version switch { "1.0" => "appid", "2.0" => "azp", _ => null };
        if (appClaim is null) return AuthenticationResult.Denied("the Emulator token has no known version");
        if (!validated.TryGetPayloadValue<string>(appClaim, out var appId) || !string.Equals(appId, settings.AppId, StringComparison.Ordinal))
            return AuthenticationResult.Denied($"the Emulator token's {appClaim} is not this bot's app id");
        return AuthenticationResult.Authenticated(null);
    }

    private static IEnumerable<string> EmulatorIssuers(BotFrameworkOptions settings)
    {
        foreach (var issuer in settings.EmulatorIssuers) yield return issuer;
        if (string.IsNullOrWhiteSpace(settings.TenantId)) yield break;
        yield return $"https://sts.windows.net/{settings.TenantId}/";
        yield return $"https://login.microsoftonline.com/{settings.TenantId}/v2.0";
    }

    /// <summary>The bearer token, parsed but not yet trusted; null for a missing header, another scheme, or garbage.</summary>
    private static JsonWebToken? ReadToken(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)) return null;
        var raw = authorization[BearerPrefix.Length..].Trim();
        if (raw.Length is 0 or > MaxTokenLength) return null;
        try
        {
            return new JsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
