using System.Net;
using System.Text;
using DarkSocialBot.Tests.Infrastructure;
using static DarkSocialBot.Tests.Channels.BotFramework.BotFrameworkTestHost;

namespace DarkSocialBot.Tests.Channels.BotFramework;

/// <summary>Whatever arrives at <c>/api/messages</c>, the answer is never a 500 and the host keeps working.</summary>
public sealed class MalformedInputTests
{
    private const string Routing =
        "\"id\":\"m\",\"channelId\":\"emulator\",\"serviceUrl\":\"http://127.0.0.1:9/\",\"from\":{\"id\":\"u\"},\"recipient\":{\"id\":\"b\"},\"conversation\":{\"id\":\"c\"}";

    public static TheoryData<string> Bodies() =>
    [
        "", "null", "[]", "123", "\"text\"", "{", "}", "{\"type\":", "{\"type\":5}", "{\"type\":null}", "{\"type\":\"\"}",
        "{\"type\":\"message\",\"from\":5}",
        "{\"type\":\"message\",\"from\":[]}",
        "{\"type\":\"message\",\"conversation\":\"c\"}",
        "{\"type\":\"message\",\"timestamp\":\"yesterday\"}",
        "{\"type\":\"message\",\"membersAdded\":{}}",
        "{\"type\":\"message\",\"attachments\":[1,2]}",
        "{\"type\":\"message\",\"entities\":5}",
        "{\"type\":\"message\",\"conversation\":{\"isGroup\":\"yes\"}}",
        "{\"type\":\"message\",\"text\":\"\\ud800\"}",
        "{\"type\":\"message\"}",
        "{\"type\":\"invoke\"}",
        "{\"type\":\"message\"," + Routing.Replace("http://127.0.0.1:9/", "not a url", StringComparison.Ordinal) + "}",
        "{\"type\":\"message\"," + Routing.Replace("http://127.0.0.1:9/", "file:///etc/passwd", StringComparison.Ordinal) + "}",
        "{\"type\":\"conversationUpdate\"," + Routing + ",\"membersAdded\":[null,{\"id\":null}]}",
        "{\"type\":\"invoke\"," + Routing + ",\"name\":null,\"value\":{\"deep\":" + new string('[', 5000) + new string(']', 5000) + "}}",
        "{\"type\":\"message\"," + Routing + ",\"channelData\":" + new string('[', 100) + new string(']', 100) + "}",
        "{\"type\":\"message\"," + Routing + ",\"locale\":\"" + new string('z', 5000) + "\",\"text\":null}",
    ];

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Malformed_body_gets_a_client_error_or_is_handled_never_a_500(string body)
    {
        await using var host = Anonymous();
        using var client = host.CreateClient();

        var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {body[..Math.Min(body.Length, 120)]}");
    }

    [Fact]
    public async Task Invalid_utf8_and_binary_bodies_return_400_and_the_host_still_answers()
    {
        await using var connector = await LocalHttpServer.StartAsync();
        await using var host = Anonymous();
        using var client = host.CreateClient();

        foreach (var bytes in new[] { new byte[] { 0xff, 0xfe, 0x00, 0x7b }, "{\"type\":\"mess\u00e9"u8.ToArray()[..^1], new byte[4096] })
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new("application/json");
            Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/messages", content)).StatusCode);
        }

        var ok = await PostAsync(client, Activities.Message("still there?", connector.BaseUri));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        await connector.WaitForRequestsAsync(1);
    }

    [Theory]
    [InlineData("channelId")]
    [InlineData("conversation.id")]
    [InlineData("from.id")]
    [InlineData("recipient.id")]
    public async Task A_blank_routing_field_gets_400_naming_it_and_leaves_no_trace(string field)
    {
        await using var host = Anonymous();
        using var client = host.CreateClient();
        var activity = Activities.Message("hello", new Uri("http://127.0.0.1:9/"));
        switch (field)
        {
            case "channelId": activity.ChannelId = " "; break;
            case "conversation.id": activity.Conversation!.Id = " "; break;
            case "from.id": activity.From!.Id = "\t"; break;
            default: activity.Recipient!.Id = "  "; break;
        }

        var response = await PostAsync(client, activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"missing {field}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await CountRowsAsync(host));
    }

    [Fact]
    public async Task Activities_with_a_blank_id_each_get_their_turn_instead_of_passing_for_duplicates()
    {
        await using var connector = await LocalHttpServer.StartAsync();
        var bot = new RecordingBot();
        await using var host = Anonymous(bot);
        using var client = host.CreateClient();

        foreach (var (id, conversation) in new[] { ("", "conv-a"), ("", "conv-b"), (" ", "conv-c") })
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, Activities.Message("hello", connector.BaseUri, conversation, id))).StatusCode);

        var received = await bot.WaitForAsync(3);
        Assert.Equal(["conv-a", "conv-b", "conv-c"], received.Select(a => a.Conversation!.Id).Order());
        Assert.Equal(3, received.Select(a => a.Id).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct().Count());
    }
}
