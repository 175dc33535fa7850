using System.Net;
using System.Text;
using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Tests.Infrastructure;
using static DarkSocialBot.Tests.Channels.BotFramework.BotFrameworkTestHost;

namespace DarkSocialBot.Tests.Channels.BotFramework;

/// <summary>Conformance cases 5-8 of protocols/bot-framework.md: how <c>/api/messages</c> answers the inbound POST.</summary>
public sealed class RequestHandlingConformanceTests : IAsyncLifetime
{
    private LocalHttpServer _connector = null!;

    public async Task InitializeAsync() => _connector = await LocalHttpServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Theory]
    [InlineData(ActivityTypes.Typing)]
    [InlineData("somethingNew")]
    public async Task Typing_and_unknown_types_are_acknowledged_and_leave_no_trace(string type)
    {
        await using var host = Anonymous();
        using var client = host.CreateClient();

        var response = await PostAsync(client, Typed(type, _connector.BaseUri));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((0, 0, 0), await CountRowsAsync(host));
        await PostAsync(client, Activities.Message("sentinel", _connector.BaseUri, id: "sentinel"));
        await _connector.WaitForRequestsAsync(1);
        await Task.Delay(300);
        // The one reply is the bot's answer to the sentinel message, whatever the bot says.
        Assert.Equal("sentinel", Assert.Single(_connector.Requests).Json.GetProperty("replyToId").GetString());
    }

    [Theory]
    [InlineData("""{"id":"x","channelId":"emulator","from":{"id":"u"},"recipient":{"id":"b"},"conversation":{"id":"c"}}""")]
    [InlineData("this is not json")]
    [InlineData("""{"type":"message","from":5}""")]
    public async Task Activity_without_a_type_or_not_json_returns_400(string body)
    {
        await using var host = Anonymous();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((0, 0, 0), await CountRowsAsync(host));
    }

    [Fact]
    public async Task Get_returns_405()
    {
        await using var host = Anonymous();
        using var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.GetAsync("/api/messages")).StatusCode);
    }

    [Fact]
    public async Task Body_that_is_not_json_content_returns_415()
    {
        await using var host = Anonymous();
        using var client = host.CreateClient();
        var json = JsonSerializer.Serialize(Activities.Message("hi", _connector.BaseUri), ActivityJson.Default.Activity);

        var response = await client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Body_over_the_size_limit_returns_413_whether_or_not_its_length_is_declared(bool declaredLength)
    {
        await using var host = Anonymous(settings: new() { ["BotFramework:MaxRequestBytes"] = "2048" });
        // Without redirect handling the client does not buffer the body, so an undeclared length stays undeclared.
        using var client = host.CreateClient(new() { AllowAutoRedirect = false });
        var json = JsonSerializer.Serialize(Activities.Message(new string('x', 4000), _connector.BaseUri), ActivityJson.Default.Activity);
        HttpContent content = declaredLength
            ? new StringContent(json, Encoding.UTF8, "application/json")
            : new UndeclaredLengthContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = new("application/json");

        var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal((0, 0, 0), await CountRowsAsync(host));
    }

    [Fact]
    public async Task Unhandled_invoke_returns_501()
    {
        await using var host = Anonymous();
        using var client = host.CreateClient();
        var invoke = Typed(ActivityTypes.Invoke, _connector.BaseUri);
        invoke.Name = "somebody/unknownInvoke";

        Assert.Equal(HttpStatusCode.NotImplemented, (await PostAsync(client, invoke)).StatusCode);
    }

    [Fact]
    public async Task Handled_invoke_returns_its_status_and_body()
    {
        await using var host = Anonymous();
        using var client = host.CreateClient();
        var invoke = Typed(ActivityTypes.Invoke, _connector.BaseUri);
        invoke.Name = "healthCheck";

        var response = await PostAsync(client, invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("healthResults").GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task Expect_replies_returns_the_replies_inline_and_posts_nothing()
    {
        await using var host = Anonymous();
        using var client = host.CreateClient();
        var inbound = Activities.Message("inline", _connector.BaseUri, id: "e-1");
        inbound.DeliveryMode = DeliveryModes.ExpectReplies;

        var response = await PostAsync(client, inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var reply = Assert.Single(body.RootElement.GetProperty("activities").EnumerateArray());
        Assert.Equal("message", reply.GetProperty("type").GetString());
        Assert.Equal("e-1", reply.GetProperty("replyToId").GetString());
        await PostAsync(client, Activities.Message("sentinel", _connector.BaseUri, id: "sentinel"));
        await _connector.WaitForRequestsAsync(1);
        await Task.Delay(300);
        // The one reply is the bot's answer to the sentinel message, whatever the bot says.
        Assert.Equal("sentinel", Assert.Single(_connector.Requests).Json.GetProperty("replyToId").GetString());
    }

    /// <summary>A body sent without Content-Length (chunked), so only reading it can tell its size.</summary>
    private sealed class UndeclaredLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
