using System.Net;
using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using static DarkSocialBot.Tests.Channels.BotFramework.BotFrameworkTestHost;

namespace DarkSocialBot.Tests.Channels.BotFramework;

/// <summary>Conformance cases 9-11: a bot with an app id runs only requests carrying a valid Azure Bot Service token.</summary>
public sealed class ChannelAuthenticationConformanceTests : IAsyncLifetime
{
    private LocalHttpServer _connector = null!;
    private LocalOpenIdIssuer _channel = null!;

    public async Task InitializeAsync()
    {
        _connector = await LocalHttpServer.StartAsync();
        _channel = await LocalOpenIdIssuer.StartAsync(endorsements: ["msteams", "webchat", "directline"]);
    }

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer")]
    [InlineData("Bearer garbage")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln")]
    [InlineData("Bearer eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.YQ.Yg.Yw.ZA")]
    [InlineData("Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIiwiYXVkIjoiNmYxYzJhOWUtNGI3ZC00ZTFhLTljM2YtMGQ4YjVlMmE3YzQxIn0.")]
    public async Task Missing_or_unreadable_authorization_returns_401_and_leaves_no_trace(string? authorization)
    {
        await using var host = WithAppId(_channel);
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Activities.Json(Activities.Message("hi", _connector.BaseUri, channelId: "msteams")) };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal((0, 0, 0), await CountRowsAsync(host));
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Token_from_a_foreign_issuer_returns_401()
    {
        await using var host = WithAppId(_channel);
        using var client = host.CreateClient();
        var activity = Activities.Message("hi", _connector.BaseUri, channelId: "msteams");
        var token = _channel.Mint("https://issuer.example", AppId, new Dictionary<string, object> { ["serviceurl"] = activity.ServiceUrl! });

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(client, activity, token)).StatusCode);
        Assert.Equal((0, 0, 0), await CountRowsAsync(host));
    }

    [Fact]
    public async Task Valid_channel_token_runs_the_turn_as_an_azure_caller()
    {
        await using var host = WithAppId(_channel);
        using var client = host.CreateClient();
        var activity = Activities.Message("hi", _connector.BaseUri, channelId: "msteams");
        activity.CallerId = "urn:botframework:spoofed";

        var response = await PostAsync(client, activity, ChannelToken(_channel, activity));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/v3/conversations/conv-1/activities/" + activity.Id, (await _connector.WaitForRequestsAsync(1))[0].RawTarget);
        Assert.Equal("urn:botframework:azure", await StoredCallerIdAsync(host));
    }

    [Theory]
    [InlineData("wrong audience")]
    [InlineData("serviceurl mismatch")]
    [InlineData("channel not endorsed")]
    [InlineData("expired beyond skew")]
    [InlineData("signed by an unknown key")]
    [InlineData("signed with PS256")]
    public async Task Channel_token_failing_a_check_returns_401(string failure)
    {
        await using var host = WithAppId(_channel);
        using var client = host.CreateClient();
        var activity = Activities.Message("hi", _connector.BaseUri, channelId: failure == "channel not endorsed" ? "slack" : "msteams");
        var token = failure switch
        {
            "wrong audience" => ChannelToken(_channel, activity, audience: "another-bot"),
            "serviceurl mismatch" => ChannelToken(_channel, activity, serviceUrl: "https://evil.example/"),
            "expired beyond skew" => ChannelToken(_channel, activity, expires: DateTime.UtcNow.AddMinutes(-6)),
            "signed by an unknown key" => _channel.Mint(ChannelIssuer, AppId, Claims(activity), key: LocalOpenIdIssuer.NewKey("key-x")),
            "signed with PS256" => _channel.Mint(ChannelIssuer, AppId, Claims(activity), algorithm: SecurityAlgorithms.RsaSsaPssSha256),
            _ => ChannelToken(_channel, activity),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(client, activity, token)).StatusCode);
        Assert.Equal((0, 0, 0), await CountRowsAsync(host));
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Channel_token_expired_within_the_five_minute_skew_is_accepted()
    {
        await using var host = WithAppId(_channel);
        using var client = host.CreateClient();
        var activity = Activities.Message("hi", _connector.BaseUri, channelId: "webchat");

        var response = await PostAsync(client, activity, ChannelToken(_channel, activity, expires: DateTime.UtcNow.AddMinutes(-3)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Signing_keys_that_cannot_be_fetched_return_503_and_leave_no_trace()
    {
        await using var host = WithAppId(_channel, settings: new() { ["BotFramework:ChannelOpenIdMetadataUrl"] = "http://127.0.0.1:9/.well-known/openidconfiguration" });
        using var client = host.CreateClient();
        var activity = Activities.Message("hi", _connector.BaseUri, channelId: "msteams");

        var response = await PostAsync(client, activity, ChannelToken(_channel, activity));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal((0, 0, 0), await CountRowsAsync(host));
    }

    private static Dictionary<string, object> Claims(Activity activity) => new() { ["serviceurl"] = activity.ServiceUrl! };

    /// <summary>The callerId of the one stored inbound activity (what the turn saw).</summary>
    private static async Task<string?> StoredCallerIdAsync(BotHostFactory host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var payload = await db.Inbox.Select(e => e.Payload).SingleAsync();
        return JsonDocument.Parse(payload).RootElement.TryGetProperty("callerId", out var callerId) ? callerId.GetString() : null;
    }
}
