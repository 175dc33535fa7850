using System.Net;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using static DarkSocialBot.Tests.Channels.BotFramework.BotFrameworkTestHost;

namespace DarkSocialBot.Tests.Channels.BotFramework;

/// <summary>Conformance case 15: replies of a bot with credentials carry a connector token, fetched once and cached.</summary>
public sealed class OutboundAuthenticationConformanceTests : IAsyncLifetime
{
    private const string Password = "app-secret-1";
    private LocalHttpServer _connector = null!;
    private LocalHttpServer _login = null!;
    private LocalOpenIdIssuer _channel = null!;

    public async Task InitializeAsync()
    {
        _connector = await LocalHttpServer.StartAsync();
        _login = await LocalHttpServer.StartAsync();
        _login.Handler = (request, context) => context.Response.WriteAsJsonAsync(
            new { token_type = "Bearer", expires_in = 3600, access_token = $"connector-token-{request.Sequence}" });
        _channel = await LocalOpenIdIssuer.StartAsync(endorsements: ["msteams"]);
    }

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _login.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [InlineData("", "/botframework.com/oauth2/v2.0/token")]
    [InlineData("4c1d2e3f-0a9b-4c8d-9e7f-6a5b4c3d2e1f", "/4c1d2e3f-0a9b-4c8d-9e7f-6a5b4c3d2e1f/oauth2/v2.0/token")]
    public async Task Two_turns_use_one_client_credentials_token_sent_only_to_the_service_url(string tenant, string tokenPath)
    {
        await using var host = CredentialedHost(tenant);
        using var client = host.CreateClient();

        foreach (var text in new[] { "one", "two" })
        {
            var activity = Activities.Message(text, _connector.BaseUri, conversationId: $"conv-{text}", channelId: "msteams");
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, activity, ChannelToken(_channel, activity))).StatusCode);
        }

        var replies = await _connector.WaitForRequestsAsync(2);
        Assert.All(replies, r => Assert.Equal("Bearer connector-token-1", r.Header("Authorization")));
        var tokenRequest = Assert.Single(_login.Requests);
        Assert.Equal("POST", tokenRequest.Method);
        Assert.Equal(tokenPath, tokenRequest.Path);
        Assert.StartsWith("application/x-www-form-urlencoded", tokenRequest.Header("Content-Type"), StringComparison.Ordinal);
        var form = QueryHelpers.ParseQuery(tokenRequest.BodyText);
        Assert.Equal("client_credentials", form["grant_type"].ToString());
        Assert.Equal(AppId, form["client_id"].ToString());
        Assert.Equal(Password, form["client_secret"].ToString());
        Assert.Equal("https://api.botframework.com/.default", form["scope"].ToString());
        Assert.Null(tokenRequest.Header("Authorization"));
        Assert.All(_channel.Requests, r => Assert.Null(r.Header("Authorization")));
    }

    [Fact]
    public async Task Connector_rejecting_the_token_gets_the_reply_retried_with_a_fresh_token()
    {
        _connector.Handler = async (request, context) =>
        {
            if (request.Sequence == 1) context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            else await context.Response.WriteAsJsonAsync(new { id = "ok" });
        };
        await using var host = CredentialedHost("");
        using var client = host.CreateClient();
        var activity = Activities.Message("hi", _connector.BaseUri, channelId: "msteams");

        await PostAsync(client, activity, ChannelToken(_channel, activity));

        var attempts = await _connector.WaitForRequestsAsync(2);
        Assert.Equal(["Bearer connector-token-1", "Bearer connector-token-2"], attempts.Select(r => r.Header("Authorization")));
        Assert.Equal(attempts[0].BodyText, attempts[1].BodyText);
    }

    private BotHostFactory CredentialedHost(string tenant) => WithAppId(_channel, settings: new()
    {
        ["BotFramework:AppPassword"] = Password,
        ["BotFramework:TenantId"] = tenant,
        ["BotFramework:LoginBaseUrl"] = _login.BaseUri.AbsoluteUri,
    });
}
