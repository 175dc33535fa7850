using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Channels.WebChat;

public sealed class WebChatTests
{
    [Fact]
    public async Task Chat_page_is_served_at_the_root()
    {
        await using var host = new BotHostFactory();
        using var client = host.CreateClient();

        var page = await client.GetStringAsync("/");

        Assert.Contains("webchat.js", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/agent/")]
    [InlineData("/broadcasts/")]
    [InlineData("/dashboard/")]
    public async Task Pages_run_only_their_own_scripts_and_cannot_be_framed(string path)
    {
        await using var host = new BotHostFactory();
        using var client = host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Conversation_started_from_the_page_gets_a_welcome_and_answers_through_the_turn_pipeline()
    {
        await using var host = new BotHostFactory();
        using var client = host.CreateClient();

        var started = await client.PostAsJsonAsync("/api/webchat/conversations", new { locale = "en-US" });
        var conversationId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversationId").GetString();
        var posted = await client.PostAsJsonAsync($"/api/webchat/conversations/{conversationId}/messages", new { text = "hello", locale = "en-US" });
        var activities = await ReadAsync(client, conversationId!, expected: 2);

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.True(activities.Count >= 2);
        Assert.All(activities, a => Assert.Equal("message", a.GetProperty("activity").GetProperty("type").GetString()));
        var ids = activities.Select(a => a.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.Order(), ids);
        var after = ids[^1];
        Assert.Empty((await client.GetFromJsonAsync<List<JsonElement>>($"/api/webchat/conversations/{conversationId}/activities?after={after}"))!);
    }

    [Theory]
    [InlineData("not-a-conversation", "{\"text\":\"hi\"}", "application/json", HttpStatusCode.NotFound, "Unknown conversation.")]
    [InlineData("0123456789abcdef0123456789abcdef", "{\"text\":\"\"}", "application/json", HttpStatusCode.BadRequest, "Send a text.")]
    [InlineData("0123456789abcdef0123456789abcdef", "{\"text\":5}", "application/json", HttpStatusCode.BadRequest, "the value at $.text has the wrong type")]
    [InlineData("0123456789abcdef0123456789abcdef", "not json", "application/json", HttpStatusCode.BadRequest, "The body is not valid JSON")]
    [InlineData("0123456789abcdef0123456789abcdef", "{\"text\":", "application/json", HttpStatusCode.BadRequest, "The body is not valid JSON")]
    [InlineData("0123456789abcdef0123456789abcdef", "hi", "text/plain", HttpStatusCode.UnsupportedMediaType, "Content-Type: application/json")]
    public async Task Bad_web_chat_messages_get_a_4xx_with_the_reason(string conversationId, string body, string contentType, HttpStatusCode expected, string reason)
    {
        await using var host = new BotHostFactory();
        using var client = host.CreateClient();

        var response = await client.PostAsync($"/api/webchat/conversations/{conversationId}/messages",
            new StringContent(body, System.Text.Encoding.UTF8, contentType));

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains(reason, await Detail(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_value_that_is_not_a_number_gets_a_400_naming_it()
    {
        await using var host = new BotHostFactory();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/api/webchat/conversations/0123456789abcdef0123456789abcdef/activities?after=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("after\" from \"abc\"", await Detail(response), StringComparison.Ordinal);
    }

    private static async Task<string> Detail(HttpResponseMessage response)
    {
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("detail").GetString()!;
    }

    [Theory]
    [InlineData("text")]
    [InlineData("value")] // a chosen suggestion's value is the message when there is no text: same limit
    public async Task Web_chat_message_over_5000_characters_is_refused(string field)
    {
        await using var host = new BotHostFactory();
        using var client = host.CreateClient();
        var started = await client.PostAsJsonAsync("/api/webchat/conversations", new { locale = "en-US" });
        var conversationId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversationId").GetString();

        var response = await client.PostAsJsonAsync($"/api/webchat/conversations/{conversationId}/messages",
            new Dictionary<string, string> { [field] = new string('a', 5001) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Messages are limited to 5000 characters.", await Detail(response));
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Inbox.CountAsync()); // the conversation's start only: the message was not taken
    }

    private static async Task<List<JsonElement>> ReadAsync(HttpClient client, string conversationId, int expected)
    {
        for (var i = 0; i < 100; i++)
        {
            var activities = await client.GetFromJsonAsync<List<JsonElement>>($"/api/webchat/conversations/{conversationId}/activities");
            if (activities!.Count >= expected) return activities;
            await Task.Delay(50);
        }
        throw new TimeoutException("The bot did not answer.");
    }
}
