using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Brand;

/// <summary>The agents' handoff API on the real host: list, read with transcript and summary, reply through the customer's channel, close.</summary>
public sealed class HandoffApiTests
{
    private static BotHostFactory Host() => new(new Dictionary<string, string?> { ["Admin:ApiKeys:0"] = "agent-key" });

    [Fact]
    public async Task An_agent_reads_the_handoff_answers_the_customer_and_closes_it_and_the_bot_answers_again()
    {
        await using var host = Host();
        using var http = host.CreateClient();
        using var admin = Admin(host);
        var customer = await WebChatCustomer.StartAsync(http);
        await customer.WaitForAsync(1); // the welcome
        await customer.SayAsync("I want to speak to someone");
        await customer.WaitForAsync(2);
        await customer.SayAsync("it's about my booking ABC123, the seat is broken");

        var open = await admin.GetFromJsonAsync<List<JsonElement>>("/api/admin/handoffs");
        var handoff = Assert.Single(open!);
        Assert.Equal(customer.ConversationKey, handoff.GetProperty("conversationKey").GetString());
        Assert.Equal("Agent", handoff.GetProperty("reason").GetString());
        var id = handoff.GetProperty("id").GetInt64();

        var detail = await WaitForTranscriptAsync(admin, id, customerMessages: 2);
        var lines = detail.GetProperty("transcript").EnumerateArray().Select(e => (e.GetProperty("from").GetString(), e.GetProperty("text").GetString())).ToList();
        Assert.Equal(("bot", (string?)"Hi, welcome to Nimbus Air 👋 I'm the virtual assistant, here 24/7 for your flight status, seat, check-in and baggage. What can I do for you?"), lines[0]);
        Assert.Equal(("customer", (string?)"I want to speak to someone"), lines[1]);
        Assert.StartsWith("I've passed our conversation to a colleague", lines[2].Item2, StringComparison.Ordinal);
        Assert.Equal(("customer", (string?)"it's about my booking ABC123, the seat is broken"), lines[3]);
        var summary = detail.GetProperty("summary");
        Assert.Equal("agent", summary.GetProperty("intent").GetString());
        Assert.Equal(1, summary.GetProperty("messagesSinceHandoff").GetInt32());
        Assert.Contains("it's about my booking ABC123, the seat is broken", summary.GetProperty("lastMessages").EnumerateArray().Select(m => m.GetString()));
        Assert.InRange(summary.GetProperty("sentiment").GetDouble(), -1, 0);
        Assert.Equal("negative", summary.GetProperty("mood").GetString());

        var reply = await admin.PostAsJsonAsync($"/api/admin/handoffs/{id}/messages", new { text = "Hi, I'm Sam. Let me check that for you.", agentName = "Sam" });
        Assert.Equal(HttpStatusCode.Accepted, reply.StatusCode);
        var delivered = await customer.WaitForAsync(3);
        var agentMessage = delivered[2];
        Assert.Equal("Hi, I'm Sam. Let me check that for you.", WebChatCustomer.Text(agentMessage));
        Assert.True(agentMessage.GetProperty("channelData").GetProperty("agent").GetBoolean());
        Assert.True(agentMessage.GetProperty("channelData").GetProperty("humanAgent").GetBoolean());
        Assert.Equal("Sam", agentMessage.GetProperty("channelData").GetProperty("agentName").GetString());

        var closed = await admin.PostAsync($"/api/admin/handoffs/{id}/close", null);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var afterClose = await customer.WaitForAsync(4);
        Assert.Equal("Our colleague has closed this conversation. I'm back to help 🤖 Just write here if you need anything else.", WebChatCustomer.Text(afterClose[3]));
        Assert.Empty((await admin.GetFromJsonAsync<List<JsonElement>>("/api/admin/handoffs"))!);

        await customer.SayAsync("is NM1234 on time tomorrow?");
        var answered = await customer.WaitForAsync(5);
        Assert.Contains("NM 1234", WebChatCustomer.Text(answered[4]), StringComparison.Ordinal);
    }

    /// <summary>
    /// Once a colleague has written, "never mind" is said to them: the bot does not take the conversation back behind their
    /// back; the colleague answers it and closes ("back to the bot" still takes it back at once).
    /// </summary>
    [Fact]
    public async Task Never_mind_after_a_colleague_answered_is_left_to_the_colleague()
    {
        await using var host = Host();
        using var http = host.CreateClient();
        using var admin = Admin(host);
        var customer = await WebChatCustomer.StartAsync(http);
        await customer.WaitForAsync(1); // the welcome
        await customer.SayAsync("I want to speak to someone");
        await customer.WaitForAsync(2);
        var id = Assert.Single((await admin.GetFromJsonAsync<List<JsonElement>>("/api/admin/handoffs"))!).GetProperty("id").GetInt64();
        await admin.PostAsJsonAsync($"/api/admin/handoffs/{id}/messages", new { text = "Hi, I'm Sam. How can I help?" });
        await customer.WaitForAsync(3);

        await customer.SayAsync("never mind");
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync())
        {
            var inbox = db.Inbox.Where(e => e.ConversationKey == customer.ConversationKey);
            for (var i = 0; i < 200 && (await inbox.CountAsync() < 3 || await inbox.AnyAsync(e => e.Status != InboxStatus.Processed)); i++)
                await Task.Delay(50); // the start, the request and "never mind": all turns have run (the last answered nothing)
            Assert.False(await inbox.AnyAsync(e => e.Status != InboxStatus.Processed));
        }
        await admin.PostAsJsonAsync($"/api/admin/handoffs/{id}/messages", new { text = "No problem, have a good trip!" });

        var delivered = await customer.WaitForAsync(4);
        Assert.Equal("No problem, have a good trip!", WebChatCustomer.Text(delivered[3])); // nothing from the bot before it
        Assert.Equal(id, Assert.Single((await admin.GetFromJsonAsync<List<JsonElement>>("/api/admin/handoffs"))!).GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Replying_to_a_closed_or_unknown_handoff_or_with_no_text_or_a_too_long_agent_name_is_refused()
    {
        await using var host = Host();
        using var http = host.CreateClient();
        using var admin = Admin(host);
        var customer = await WebChatCustomer.StartAsync(http, "fr-FR");
        await customer.SayAsync("un conseiller svp", "fr-FR");
        await customer.WaitForAsync(2);
        var id = Assert.Single((await admin.GetFromJsonAsync<List<JsonElement>>("/api/admin/handoffs"))!).GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync($"/api/admin/handoffs/{id}/messages", new { text = " " })).StatusCode);
        var longName = await admin.PostAsJsonAsync($"/api/admin/handoffs/{id}/messages", new { text = "hi", agentName = new string('S', 101) });
        Assert.Equal(HttpStatusCode.BadRequest, longName.StatusCode);
        Assert.Contains("agentName", (await longName.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("/api/admin/handoffs/999/messages", new { text = "hi" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/admin/handoffs/999")).StatusCode);
        await admin.PostAsync($"/api/admin/handoffs/{id}/close", null);
        var closedNotice = await customer.WaitForAsync(3);
        Assert.Equal("Notre conseiller a clôturé cette conversation. Je reprends la main 🤖 Écrivez-moi ici si vous avez besoin d'autre chose.",
            WebChatCustomer.Text(closedNotice[2]));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/admin/handoffs/{id}/messages", new { text = "hi" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/admin/handoffs/{id}/close", null)).StatusCode);
        Assert.Single((await admin.GetFromJsonAsync<List<JsonElement>>("/api/admin/handoffs?status=closed"))!);
    }

    /// <summary>
    /// An agent's reply to a customer who said STOP was accepted ("Sent") and then failed unseen: the agent is told why at once.
    /// The handoff also stayed in the queue, counted in the waits told to other customers: STOP closes it.
    /// </summary>
    [Fact]
    public async Task Stop_during_a_handoff_closes_it_and_a_reply_is_refused_with_the_reason()
    {
        await using var host = Host();
        using var http = host.CreateClient();
        using var admin = Admin(host);
        var customer = await WebChatCustomer.StartAsync(http);
        await customer.SayAsync("I want to speak to someone");
        await customer.WaitForAsync(2);
        var id = Assert.Single((await admin.GetFromJsonAsync<List<JsonElement>>("/api/admin/handoffs"))!).GetProperty("id").GetInt64();
        await customer.SayAsync("STOP");
        await customer.WaitForAsync(3); // the confirmation of the STOP

        var reply = await admin.PostAsJsonAsync($"/api/admin/handoffs/{id}/messages", new { text = "Are you still there?" });

        Assert.Equal(HttpStatusCode.Conflict, reply.StatusCode);
        Assert.Contains("STOP", (await reply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.Outbox.CountAsync(e => e.Status == OutboxStatus.Failed));
        Assert.Empty((await admin.GetFromJsonAsync<List<JsonElement>>("/api/admin/handoffs"))!);
        Assert.Equal("customer (STOP)", (await db.Handoffs.SingleAsync(h => h.Id == id)).ClosedBy);
    }

    [Fact]
    public async Task The_handoff_api_needs_an_admin_key()
    {
        await using var host = Host();
        using var http = host.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/admin/handoffs")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsJsonAsync("/api/admin/handoffs/1/messages", new { text = "hi" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsync("/api/admin/handoffs/1/close", null)).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_handoff_and_airline_endpoints()
    {
        await using var host = Host();
        using var http = host.CreateClient();

        var document = await http.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/admin/handoffs/{id}/messages", document, StringComparison.Ordinal);
        Assert.Contains("/api/admin/airline/flights/{number}/{date}/status", document, StringComparison.Ordinal);
    }

    /// <summary>
    /// The list stops at 500. Closed handoffs came oldest first, so after a busy month the agent never saw today's; and
    /// nothing said that more were waiting than shown.
    /// </summary>
    [Fact]
    public async Task Lists_of_more_than_500_show_the_most_recent_closed_and_the_longest_waiting_open_and_say_how_many()
    {
        await using var host = Host();
        using var admin = Admin(host);
        var start = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            db.Handoffs.AddRange(Enumerable.Range(0, 503).Select(i => new Handoffs.Handoff
            {
                ConversationKey = $"emulator:conv-{i}", ChannelId = "emulator", Reason = "Agent", Locale = "en-US",
                ConversationReference = "{}"u8.ToArray(), OpenedAt = start.AddMinutes(i),
                ClosedAt = i < 501 ? start.AddMinutes(i + 30) : null, ClosedBy = i < 501 ? "agent" : null,
            }));
            await db.SaveChangesAsync();
        }

        var closed = await admin.GetAsync("/api/admin/handoffs?status=closed");
        var open = await admin.GetAsync("/api/admin/handoffs");

        var closedList = (await closed.Content.ReadFromJsonAsync<List<JsonElement>>())!;
        Assert.Equal((500, "501"), (closedList.Count, closed.Headers.GetValues("X-Total-Count").Single()));
        Assert.Equal("emulator:conv-500", closedList[0].GetProperty("conversationKey").GetString());
        Assert.Equal("emulator:conv-1", closedList[^1].GetProperty("conversationKey").GetString());
        var openList = (await open.Content.ReadFromJsonAsync<List<JsonElement>>())!;
        Assert.Equal(["emulator:conv-501", "emulator:conv-502"], openList.Select(h => h.GetProperty("conversationKey").GetString()));
        Assert.Equal("2", open.Headers.GetValues("X-Total-Count").Single());
    }

    private static HttpClient Admin(BotHostFactory host)
    {
        var admin = host.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "agent-key");
        return admin;
    }

    private static async Task<JsonElement> WaitForTranscriptAsync(HttpClient admin, long id, int customerMessages)
    {
        for (var i = 0; i < 100; i++)
        {
            var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/handoffs/{id}");
            if (detail.GetProperty("transcript").EnumerateArray().Count(e => e.GetProperty("from").GetString() == "customer") >= customerMessages)
                return detail;
            await Task.Delay(50);
        }
        throw new TimeoutException("The customer's messages did not reach the transcript.");
    }
}
