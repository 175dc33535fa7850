using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Tests.Infrastructure;
using static DarkSocialBot.Tests.Channels.BotFramework.BotFrameworkTestHost;

namespace DarkSocialBot.Tests.Channels.BotFramework;

/// <summary>Conformance case 14: <c>trace</c> activities reach the Emulator and no other channel.</summary>
public sealed class TraceConformanceTests : IAsyncLifetime
{
    private LocalHttpServer _connector = null!;

    public async Task InitializeAsync() => _connector = await LocalHttpServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Trace_is_forwarded_on_the_emulator()
    {
        await using var host = Anonymous(new TracingBot());
        using var client = host.CreateClient();

        await PostAsync(client, Activities.Message("hi", _connector.BaseUri, channelId: "emulator"));

        var requests = await _connector.WaitForRequestsAsync(2);
        Assert.Equal(["trace", "message"], requests.Select(r => r.Json.GetProperty("type").GetString()));
        Assert.Equal("TurnTrace", requests[0].Json.GetProperty("label").GetString());
    }

    [Theory]
    [InlineData("msteams")]
    [InlineData("webchat")]
    public async Task Trace_is_dropped_on_other_channels(string channelId)
    {
        await using var host = Anonymous(new TracingBot());
        using var client = host.CreateClient();

        await PostAsync(client, Activities.Message("hi", _connector.BaseUri, channelId: channelId));

        await _connector.WaitForRequestsAsync(1);
        await Task.Delay(300);
        Assert.Equal("message", Assert.Single(_connector.Requests).Json.GetProperty("type").GetString());
    }

    /// <summary>Sends a trace of the turn, then its answer.</summary>
    private sealed class TracingBot : IBot
    {
        public Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken)
        {
            context.Send(new Activity { Type = ActivityTypes.Trace, Name = "turn", Label = "TurnTrace", ValueType = "https://example.test/turn" });
            context.Send("done");
            return Task.CompletedTask;
        }
    }
}
