using System.Net;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Tests.Infrastructure;
using static DarkSocialBot.Tests.Channels.BotFramework.BotFrameworkTestHost;

namespace DarkSocialBot.Tests.Channels.BotFramework;

/// <summary>Conformance cases 1-4 and 13 of protocols/bot-framework.md: where and how replies go, anonymously.</summary>
public sealed class ReplyRoutingConformanceTests : IAsyncLifetime
{
    private LocalHttpServer _connector = null!;

    public async Task InitializeAsync() => _connector = await LocalHttpServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Anonymous_emulator_message_is_acknowledged_empty_and_answered_once_at_the_escaped_reply_url()
    {
        await using var host = Anonymous();
        using var client = host.CreateClient();
        var inbound = Activities.Message("hello", _connector.BaseUri, conversationId: "abc|livechat", id: "a1");

        var response = await PostAsync(client, inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var reply = Assert.Single(await SettledRequestsAsync(1));
        Assert.Equal("POST", reply.Method);
        Assert.Equal("/v3/conversations/abc%7Clivechat/activities/a1", reply.RawTarget);
        Assert.Null(reply.Header("Authorization"));
        var body = reply.Json;
        Assert.Equal("message", body.GetProperty("type").GetString());
        Assert.Equal(inbound.Recipient!.Id, body.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(inbound.From!.Id, body.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("abc|livechat", body.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("emulator", body.GetProperty("channelId").GetString());
        Assert.Equal("a1", body.GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task Service_url_with_a_path_keeps_the_path_without_a_double_slash()
    {
        await using var host = Anonymous();
        using var client = host.CreateClient();
        var serviceUrl = new Uri(_connector.BaseUri, "sub/");

        await PostAsync(client, Activities.Message("hello", serviceUrl, conversationId: "c-2", id: "m-2"));

        var reply = Assert.Single(await SettledRequestsAsync(1));
        Assert.Equal("/sub/v3/conversations/c-2/activities/m-2", reply.RawTarget);
    }

    [Fact]
    public async Task Members_added_user_and_bot_welcomes_only_the_user_once()
    {
        await using var host = Anonymous();
        using var client = host.CreateClient();
        var update = ConversationUpdate(_connector.BaseUri);
        update.MembersAdded = [User(update), Bot(update)];

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, update)).StatusCode);

        var welcome = Assert.Single(await SettledRequestsAsync(1));
        Assert.Equal("/v3/conversations/conv-1/activities", welcome.RawTarget);
        Assert.Equal(update.From!.Id, welcome.Json.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Contains("welcome", welcome.Json.GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("bot only")]
    [InlineData("members removed only")]
    public async Task Conversation_update_without_a_new_user_sends_nothing(string shape)
    {
        await using var host = Anonymous();
        using var client = host.CreateClient();
        var update = ConversationUpdate(_connector.BaseUri);
        if (shape == "bot only") update.MembersAdded = [Bot(update)];
        else update.MembersRemoved = [User(update)];

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, update)).StatusCode);
        await PostAsync(client, Activities.Message("sentinel", _connector.BaseUri, id: "sentinel")); // same conversation, so replied after

        var only = Assert.Single(await SettledRequestsAsync(1));
        Assert.Equal("sentinel", only.Json.GetProperty("replyToId").GetString());
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    public async Task Welcome_on_web_chat_and_direct_line_goes_to_the_conversation_without_reply_to_id(string channelId)
    {
        await using var host = Anonymous();
        using var client = host.CreateClient();
        var update = ConversationUpdate(_connector.BaseUri, channelId, conversationId: "dl-7");
        update.MembersAdded = [User(update)];

        await PostAsync(client, update);

        var welcome = Assert.Single(await SettledRequestsAsync(1));
        Assert.Equal("/v3/conversations/dl-7/activities", welcome.RawTarget);
        Assert.False(welcome.Json.TryGetProperty("replyToId", out _));
        Assert.Equal(channelId, welcome.Json.GetProperty("channelId").GetString());
    }

    [Fact]
    public async Task Anonymous_bot_ignores_a_bogus_bearer_and_replies_without_one()
    {
        await using var host = Anonymous();
        using var client = host.CreateClient();

        var response = await PostAsync(client, Activities.Message("hi", _connector.BaseUri), bearer: "not-a-jwt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await SettledRequestsAsync(1));
        Assert.Null(reply.Header("Authorization"));
    }

    /// <summary>Waits for <paramref name="count"/> requests, then a little longer so that an extra one would show.</summary>
    private async Task<IReadOnlyList<RecordedRequest>> SettledRequestsAsync(int count)
    {
        await _connector.WaitForRequestsAsync(count);
        await Task.Delay(300);
        return _connector.Requests;
    }
}
