using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Admin;

/// <summary>Authenticates admin callers by a bearer key from <see cref="AdminOptions.ApiKeys"/>, compared in constant time.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptionsMonitor<AdminOptions> adminOptions)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    public const string SchemeName = "AdminApiKey";
    private const string Prefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header)) return Task.FromResult(AuthenticateResult.NoResult());
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(AuthenticateResult.Fail("Use 'Authorization: Bearer <key>'."));

        var presented = Encoding.UTF8.GetBytes(header[Prefix.Length..].Trim());
        var keys = adminOptions.CurrentValue.ApiKeys;
        for (var i = 0; i < keys.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(keys[i]) || !CryptographicOperations.FixedTimeEquals(presented, Encoding.UTF8.GetBytes(keys[i]))) continue;
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, $"admin-key-{i + 1}")], SchemeName);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }
        return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(result.Failure?.Message ?? "The admin API needs 'Authorization: Bearer <key>' with a key from Admin:ApiKeys.",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(Context);
    }
}
