using DarkSocialBot.Http;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Admin;

/// <summary>
/// Authenticates admin callers by a bearer key from <see cref="AdminOptions.ApiKeys"/>, compared in constant time, or a GET
/// by its signed link (<see cref="DownloadLinks"/>).
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptionsMonitor<AdminOptions> adminOptions,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    public const string SchemeName = "AdminApiKey";

    /// <summary>Which of the configured keys authenticated the caller (0-based): links are signed with that key.</summary>
    public const string KeyIndexClaim = "dsb:admin-key-index";
    private const string Prefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            if (!Request.Query.ContainsKey(DownloadLinks.Signature)) return Task.FromResult(AuthenticateResult.NoResult());
            return Task.FromResult(DownloadLinks.Verify(Request, adminOptions.CurrentValue.ApiKeys, time.GetUtcNow()) is { } index
                ? Success(index, viaLink: true)
                : Fail("link_expired", "This link is invalid or has expired (links last a minute): download again from the page."));
        }
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(Fail("key_not_bearer", "Use 'Authorization: Bearer <key>'."));

        var presented = Encoding.UTF8.GetBytes(header[Prefix.Length..].Trim());
        var keys = adminOptions.CurrentValue.ApiKeys;
        for (var i = 0; i < keys.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(keys[i]) || !CryptographicOperations.FixedTimeEquals(presented, Encoding.UTF8.GetBytes(keys[i]))) continue;
            return Task.FromResult(Success(i, viaLink: false));
        }
        return Task.FromResult(Fail("key_refused", "Unknown API key."));
    }

    private static AuthenticateResult Success(int index, bool viaLink)
    {
        Claim[] claims = viaLink
            ? [new(ClaimTypes.Name, $"admin-key-{index + 1} (link)")]
            : [new(ClaimTypes.Name, $"admin-key-{index + 1}"), new(KeyIndexClaim, index.ToString(CultureInfo.InvariantCulture))];
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    /// <summary>A refusal with its code (see <see cref="ApiProblem"/>), read back by the challenge.</summary>
    private static AuthenticateResult Fail(string code, string reason) =>
        AuthenticateResult.Fail(new AuthenticationFailureException(reason) { Data = { ["code"] = code } });

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await ApiProblem.Of(StatusCodes.Status401Unauthorized, result.Failure is null ? "key_missing" : result.Failure.Data["code"] as string ?? "key_refused",
            result.Failure?.Message ?? "The admin API needs 'Authorization: Bearer <key>' with a key from Admin:ApiKeys.").ExecuteAsync(Context);
    }
}
