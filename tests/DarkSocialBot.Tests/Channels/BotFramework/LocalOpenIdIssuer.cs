using System.IdentityModel.Tokens.Jwt;
using System.Security.Cryptography;
using System.Text.Json;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace DarkSocialBot.Tests.Channels.BotFramework;

/// <summary>
/// A local token issuer: a <see cref="LocalHttpServer"/> serving an OpenID metadata document and its JWKS (one RSA
/// key generated here, with optional Bot Framework endorsements), and a minter for tokens signed with that key.
/// </summary>
public sealed class LocalOpenIdIssuer : IAsyncDisposable
{
    private readonly LocalHttpServer _server;
    private RsaSecurityKey _key;

    private LocalOpenIdIssuer(LocalHttpServer server, string[]? endorsements)
    {
        _server = server;
        _key = NewKey("key-1");
        Endorsements = endorsements;
        server.Handler = ServeAsync;
    }

    public Uri MetadataUrl => new(_server.BaseUri, ".well-known/openidconfiguration");

    public string[]? Endorsements { get; set; }

    public string KeyId => _key.KeyId;

    /// <summary>Every request the endpoint served (metadata and keys).</summary>
    public IReadOnlyList<RecordedRequest> Requests => _server.Requests;

    public static async Task<LocalOpenIdIssuer> StartAsync(string[]? endorsements = null) =>
        new(await LocalHttpServer.StartAsync(), endorsements);

    /// <summary>Publishes a new signing key in place of the current one (a key rotation).</summary>
    public void RotateKey(string keyId) => _key = NewKey(keyId);

    /// <summary>A key the endpoint never publishes (an attacker's).</summary>
    public static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    public string Mint(string issuer, string audience, IDictionary<string, object>? claims = null,
        DateTime? notBefore = null, DateTime? expires = null, RsaSecurityKey? key = null, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims ?? new Dictionary<string, object>(),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            SigningCredentials = new SigningCredentials(key ?? _key, algorithm),
        };
        return new JwtSecurityTokenHandler().CreateEncodedJwt(descriptor);
    }

    private Task ServeAsync(RecordedRequest request, HttpContext context)
    {
        if (request.Path.EndsWith("/keys", StringComparison.Ordinal)) return context.Response.WriteAsync(KeySetJson());
        return context.Response.WriteAsJsonAsync(new
        {
            issuer = "https://api.botframework.com",
            authorization_endpoint = "https://invalid.example/authorize",
            jwks_uri = new Uri(_server.BaseUri, "keys").AbsoluteUri,
            id_token_signing_alg_values_supported = new[] { "RS256" },
            token_endpoint_auth_methods_supported = new[] { "private_key_jwt" },
        });
    }

    private string KeySetJson()
    {
        var parameters = _key.Rsa.ExportParameters(includePrivateParameters: false);
        var key = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = _key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null) key["endorsements"] = Endorsements;
        return JsonSerializer.Serialize(new { keys = new[] { key } });
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
