using System.Net;
using DarkSocialBot.Tests.Infrastructure;
using static DarkSocialBot.Tests.Channels.BotFramework.BotFrameworkTestHost;

namespace DarkSocialBot.Tests.Channels.BotFramework;

/// <summary>Conformance case 12: Emulator tokens (Entra ID v1.0 and v2.0) for a bot with an app id.</summary>
public sealed class EmulatorAuthenticationConformanceTests : IAsyncLifetime
{
    private LocalHttpServer _connector = null!;
    private LocalOpenIdIssuer _channel = null!;
    private LocalOpenIdIssuer _entra = null!;

    public async Task InitializeAsync()
    {
        _connector = await LocalHttpServer.StartAsync();
        _channel = await LocalOpenIdIssuer.StartAsync(endorsements: ["msteams"]);
        _entra = await LocalOpenIdIssuer.StartAsync(); // Entra ID keys carry no endorsements
    }

    public async Task DisposeAsync()
    {
        await _entra.DisposeAsync();
        await _channel.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [InlineData(EmulatorV1Issuer, "1.0", "appid")]
    [InlineData(EmulatorV2Issuer, "2.0", "azp")]
    public async Task Emulator_token_naming_the_app_in_the_claim_of_its_version_is_accepted(string issuer, string version, string appClaim)
    {
        await using var host = WithAppId(_channel, _entra);
        using var client = host.CreateClient();

        var response = await PostAsync(client, Activities.Message("hi", _connector.BaseUri), Token(issuer, version, appClaim, AppId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _connector.WaitForRequestsAsync(1);
        Assert.Empty(_channel.Requests); // told apart by issuer: the channel keys were never needed
    }

    [Theory]
    [InlineData(EmulatorV1Issuer, "1.0", "azp")]   // v1.0 must use appid
    [InlineData(EmulatorV2Issuer, "2.0", "appid")] // v2.0 must use azp
    [InlineData(EmulatorV1Issuer, "3.0", "appid")]
    [InlineData(EmulatorV1Issuer, null, "appid")]
    public async Task Emulator_token_with_an_unknown_version_or_the_wrong_app_claim_returns_401(string issuer, string? version, string appClaim)
    {
        await using var host = WithAppId(_channel, _entra);
        using var client = host.CreateClient();

        var response = await PostAsync(client, Activities.Message("hi", _connector.BaseUri), Token(issuer, version, appClaim, AppId));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal((0, 0, 0), await CountRowsAsync(host));
    }

    [Fact]
    public async Task Emulator_token_for_another_app_returns_401()
    {
        await using var host = WithAppId(_channel, _entra);
        using var client = host.CreateClient();

        var response = await PostAsync(client, Activities.Message("hi", _connector.BaseUri), Token(EmulatorV2Issuer, "2.0", "azp", "another-app"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Emulator_token_signed_with_the_channel_keys_returns_401()
    {
        await using var host = WithAppId(_channel, _entra);
        using var client = host.CreateClient();
        var token = _channel.Mint(EmulatorV1Issuer, AppId, new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = AppId });

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(client, Activities.Message("hi", _connector.BaseUri), token)).StatusCode);
    }

    [Fact]
    public async Task Tenant_issuer_is_trusted_only_when_the_tenant_is_configured()
    {
        const string tenant = "0b9e3c4d-1f2a-4b5c-8d7e-6f5a4b3c2d1e";
        var token = Token($"https://login.microsoftonline.com/{tenant}/v2.0", "2.0", "azp", AppId);
        await using var multiTenant = WithAppId(_channel, _entra);
        await using var singleTenant = WithAppId(_channel, _entra, new() { ["BotFramework:TenantId"] = tenant });

        var refused = await PostAsync(multiTenant.CreateClient(), Activities.Message("hi", _connector.BaseUri), token);
        var accepted = await PostAsync(singleTenant.CreateClient(), Activities.Message("hi", _connector.BaseUri), token);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    private string Token(string issuer, string? version, string appClaim, string appId)
    {
        var claims = new Dictionary<string, object> { [appClaim] = appId };
        if (version is not null) claims["ver"] = version;
        return _entra.Mint(issuer, AppId, claims);
    }
}
