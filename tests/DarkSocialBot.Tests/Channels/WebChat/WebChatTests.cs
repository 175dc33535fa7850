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
    [InlineData("/agent/bags/")]
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

    /// <summary>
    /// Anyone can post to the page's API: past its per-minute allowance a conversation gets a 429 with the wait and the reason,
    /// the refused message is not stored, and another conversation is not held back by it.
    /// </summary>
    [Fact]
    public async Task A_conversation_posting_faster_than_its_limit_is_told_to_wait_and_its_refused_message_is_not_taken()
    {
        await using var host = new BotHostFactory(new Dictionary<string, string?> { ["WebChat:MessagesPerMinute"] = "3" });
        using var client = host.CreateClient();
        var first = await StartAsync(client);
        var second = await StartAsync(client);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await client.PostAsJsonAsync($"/api/webchat/conversations/{first}/messages", new { text = $"hello {i}" })).StatusCode);
        var refused = await client.PostAsJsonAsync($"/api/webchat/conversations/{first}/messages", new { text = "refused" });
        var other = await client.PostAsJsonAsync($"/api/webchat/conversations/{second}/messages", new { text = "hello" });

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var wait = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(wait, 1, 20); // one message every 20 s
        Assert.Equal($"Too many messages in a short time: wait {wait} s, then send it again.", await Detail(refused));
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var texts = (await db.Inbox.Where(e => e.ConversationKey == $"web/conversations/{first}").Select(e => e.Payload).ToListAsync())
            .Select(System.Text.Encoding.UTF8.GetString).ToList();
        Assert.Equal(4, texts.Count); // the start and three messages
        Assert.DoesNotContain(texts, t => t.Contains("refused", StringComparison.Ordinal) || t.Contains("hello 3", StringComparison.Ordinal));
    }

    /// <summary>New conversations count too: one address cannot open conversation after conversation to get round that limit.</summary>
    [Fact]
    public async Task One_address_posting_faster_than_its_limit_is_told_to_wait_whatever_the_conversation()
    {
        await using var host = new BotHostFactory(new Dictionary<string, string?> { ["WebChat:PostsPerMinutePerAddress"] = "4" });
        using var client = host.CreateClient();
        var conversation = await StartAsync(client);
        await StartAsync(client);
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync($"/api/webchat/conversations/{conversation}/messages", new { text = "hi" })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync($"/api/webchat/conversations/{new string('a', 32)}/messages", new { text = "hi" })).StatusCode);

        var start = await client.PostAsJsonAsync("/api/webchat/conversations", new { locale = "en-US" });
        var message = await client.PostAsJsonAsync($"/api/webchat/conversations/{new string('b', 32)}/messages", new { text = "hi" });
        var read = await client.GetAsync($"/api/webchat/conversations/{conversation}/activities");

        Assert.Equal(HttpStatusCode.TooManyRequests, start.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, message.StatusCode);
        Assert.StartsWith("Too many messages in a short time", await Detail(message), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode); // reading replies is not limited: the page polls
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        Assert.Equal(4, await db.Inbox.CountAsync());
    }

    /// <summary>Behind a reverse proxy, with forwarded headers turned on as the README says, each client is held to its own limit.</summary>
    [Fact]
    public async Task Behind_a_proxy_the_limit_is_per_forwarded_client_address()
    {
        await using var host = new BotHostFactory(new Dictionary<string, string?>
        {
            ["WebChat:PostsPerMinutePerAddress"] = "1",
            ["FORWARDEDHEADERS_ENABLED"] = "true", // ASPNETCORE_FORWARDEDHEADERS_ENABLED=true
        });
        using var client = host.CreateClient();

        async Task<HttpStatusCode> StartFromAsync(string address)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/conversations") { Content = JsonContent.Create(new { locale = "en-US" }) };
            request.Headers.Add("X-Forwarded-For", address);
            return (await client.SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await StartFromAsync("203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await StartFromAsync("198.51.100.20"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await StartFromAsync("203.0.113.7"));
    }

    /// <summary>A host that serves only the messaging channels can turn the page and its API off; the admin pages stay.</summary>
    [Fact]
    public async Task With_the_web_chat_turned_off_the_page_and_its_api_answer_404_with_the_reason()
    {
        await using var host = new BotHostFactory(new Dictionary<string, string?> { ["WebChat:Enabled"] = "false" });
        using var client = host.CreateClient();

        foreach (var path in new[] { "/", "/index.html", "/webchat.js" })
        {
            var page = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            Assert.Equal("The web chat is turned off on this host (WebChat:Enabled).", await Detail(page));
        }
        var start = await client.PostAsJsonAsync("/api/webchat/conversations", new { locale = "en-US" });
        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/agent/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin.js")).StatusCode);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.Inbox.CountAsync());
    }

    private static async Task<string> StartAsync(HttpClient client)
    {
        var started = await client.PostAsJsonAsync("/api/webchat/conversations", new { locale = "en-US" });
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        return (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversationId").GetString()!;
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
