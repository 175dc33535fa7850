using System.Net;
using DarkSocialBot.Tests.Infrastructure;
using static DarkSocialBot.Tests.Channels.BotFramework.BotFrameworkTestHost;

namespace DarkSocialBot.Tests.Channels.BotFramework;

/// <summary>Signing keys are cached, fetched again once on a rotation, and not at the request of every unknown key.</summary>
public sealed class SigningKeyRefreshTests : IAsyncLifetime
{
    private LocalHttpServer _connector = null!;
    private LocalOpenIdIssuer _channel = null!;

    public async Task InitializeAsync()
    {
        _connector = await LocalHttpServer.StartAsync();
        _channel = await LocalOpenIdIssuer.StartAsync(endorsements: ["msteams"]);
    }

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Keys_are_fetched_once_for_many_requests()
    {
        await using var host = WithAppId(_channel);
        using var client = host.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            var activity = Activities.Message($"m{i}", _connector.BaseUri, channelId: "msteams");
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, activity, ChannelToken(_channel, activity))).StatusCode);
        }

        Assert.Equal(2, _channel.Requests.Count); // the metadata document and its key set
    }

    [Fact]
    public async Task Rotated_key_is_fetched_at_once_but_unknown_keys_refresh_at_most_once_an_hour()
    {
        await using var host = WithAppId(_channel);
        using var client = host.CreateClient();
        var first = Activities.Message("before", _connector.BaseUri, channelId: "msteams");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, first, ChannelToken(_channel, first))).StatusCode);

        _channel.RotateKey("key-2");
        var rotated = Activities.Message("after", _connector.BaseUri, channelId: "msteams");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, rotated, ChannelToken(_channel, rotated))).StatusCode);
        var fetches = _channel.Requests.Count;

        _channel.RotateKey("key-3");
        var tooSoon = Activities.Message("again", _connector.BaseUri, channelId: "msteams");
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(client, tooSoon, ChannelToken(_channel, tooSoon))).StatusCode);
        Assert.Equal(fetches, _channel.Requests.Count);
    }
}
