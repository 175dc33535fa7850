using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DarkSocialBot.Channels.BotFramework;

/// <summary>
/// Checks what every Bot Framework token must satisfy: an RS256/384/512 signature by a key from the issuer's OpenID
/// metadata, an expected issuer, the bot's app id as audience, a lifetime with five minutes of clock skew (on the
/// injected clock), and, when the signing key carries endorsements, the activity's channel among them.
/// </summary>
internal sealed class BotFrameworkTokenValidator(TimeProvider time)
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <returns>The validated token, or null with the reason in <paramref name="error"/>.</returns>
    public async Task<(JsonWebToken? Token, string? Error)> ValidateAsync(JsonWebToken token, OpenIdKeySource source,
        IEnumerable<string> issuers, string audience, string? channelId, CancellationToken cancellationToken)
    {
        var keys = await source.GetKeysAsync(cancellationToken);
        if (!string.IsNullOrEmpty(token.Kid) && !keys.Contains(token.Kid))
            keys = await source.RefreshForUnknownKeyAsync(cancellationToken) ?? keys;

        var result = await _handler.ValidateTokenAsync(token, Parameters(keys, issuers, audience));
        if (!result.IsValid)
            return (null, $"token rejected ({result.Exception?.GetType().Name ?? "invalid"})");
        var validated = (JsonWebToken)result.SecurityToken;
        if (!keys.Endorses(validated.SigningKey?.KeyId ?? token.Kid, channelId))
            return (null, "the signing key is not endorsed for this channel");
        return (validated, null);
    }

    private TokenValidationParameters Parameters(SigningKeys keys, IEnumerable<string> issuers, string audience) => new()
    {
        ValidIssuers = issuers,
        ValidAudience = audience,
        IssuerSigningKeys = keys.Keys,
        ValidAlgorithms = Algorithms,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = ClockSkew,
        LifetimeValidator = IsWithinLifetime,
    };

    /// <summary>The library's own lifetime check reads the system clock; this one reads the injected one.</summary>
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        if (expires is null) return false;
        var now = time.GetUtcNow().UtcDateTime;
        if (notBefore is { } start && (start > expires || start > now + ClockSkew)) return false;
        return expires.Value >= now - ClockSkew;
    }
}
