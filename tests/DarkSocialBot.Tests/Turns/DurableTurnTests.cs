using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Core.State;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using DarkSocialBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Turns;

public sealed class DurableTurnTests : IAsyncLifetime
{
    private LocalHttpServer _connector = null!;

    public async Task InitializeAsync() => _connector = await LocalHttpServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Same_activity_delivered_twice_runs_once()
    {
        await using var host = Host(new CountingBot());
        using var client = host.CreateClient();
        var activity = Activities.Message("hello", _connector.BaseUri, id: "dup-1");

        var first = await client.PostAsync("/api/messages", Activities.Json(activity));
        var second = await client.PostAsync("/api/messages", Activities.Json(activity));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await _connector.WaitForRequestsAsync(1);
        await Task.Delay(300);
        var reply = Assert.Single(_connector.Requests);
        Assert.Equal("1:hello", reply.Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Same_activity_delivered_twice_at_once_is_saved_once_and_the_second_is_a_duplicate()
    {
        await using var host = Host(new CountingBot { Pause = (_, ct) => Task.Delay(100, ct) });
        host.CreateClient();
        var processor = host.Services.GetRequiredService<TurnProcessor>();

        // Two deliveries of one activity (two objects, as two requests would parse), the second while the first runs.
        var submissions = await Task.WhenAll(
            processor.SubmitAsync(Activities.Message("hello", _connector.BaseUri, id: "dup-2"), CancellationToken.None),
            processor.SubmitAsync(Activities.Message("hello", _connector.BaseUri, id: "dup-2"), CancellationToken.None));

        Assert.Equal([TurnSubmissionStatus.Processed, TurnSubmissionStatus.Duplicate], submissions.Select(s => s.Status));
        Assert.Equal("1:hello", Assert.Single(submissions[0].Result!.Responses).Text);
        await _connector.WaitForRequestsAsync(1);
        await Task.Delay(300);
        Assert.Single(_connector.Requests);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var inbound = Assert.Single(await db.Inbox.ToListAsync());
        Assert.Equal(InboxStatus.Processed, inbound.Status);
        Assert.Equal(1, Assert.Single(await db.States.ToListAsync()).Version);
        Assert.Equal(1, await db.Outbox.CountAsync());
    }

    [Fact]
    public async Task Turns_of_one_conversation_run_in_arrival_order_even_when_acknowledged_early()
    {
        var bot = new CountingBot { Pause = (_, ct) => Task.Delay(30, ct) };
        await using var host = Host(bot, new() { ["Turns:AcknowledgeWithin"] = "00:00:00" });
        using var client = host.CreateClient();

        for (var i = 1; i <= 8; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/messages", Activities.Json(Activities.Message($"m{i}", _connector.BaseUri)))).StatusCode);

        var replies = await _connector.WaitForRequestsAsync(8);
        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"{i}:m{i}"), replies.Select(r => r.Json.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Concurrent_messages_to_one_conversation_lose_no_update()
    {
        await using var host = Host(new CountingBot());
        using var client = host.CreateClient();

        await Task.WhenAll(Enumerable.Range(1, 30).Select(i =>
            client.PostAsync("/api/messages", Activities.Json(Activities.Message($"m{i}", _connector.BaseUri)))));

        var replies = await _connector.WaitForRequestsAsync(30);
        var counts = replies.Select(r => int.Parse(r.Json.GetProperty("text").GetString()!.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, 30), counts.Order());
    }

    [Fact]
    public async Task Two_hosts_sharing_a_database_racing_on_one_conversation_lose_no_update()
    {
        await using var first = Host(new CountingBot { Pause = (_, ct) => Task.Delay(5, ct) });
        await using var second = new BotHostFactory(databasePath: first.DatabasePath)
        {
            KeepDatabase = true,
            ConfigureServices = s => BotHostFactory.Replace<IBot>(s, new CountingBot { Pause = (_, ct) => Task.Delay(5, ct) }),
        };
        using var a = first.CreateClient();
        using var b = second.CreateClient();

        // Each host caches state and serialises its own turns; only the version check protects across hosts.
        await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            (i % 2 == 0 ? a : b).PostAsync("/api/messages", Activities.Json(Activities.Message($"m{i}", _connector.BaseUri)))));

        var replies = await _connector.WaitForRequestsAsync(20);
        var counts = replies.Select(r => int.Parse(r.Json.GetProperty("text").GetString()!.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(Enumerable.Range(1, 20).SequenceEqual(counts.Order()), string.Join(", ", replies.Select(r => r.Json.GetProperty("text").GetString())));
    }

    [Fact]
    public async Task Expect_replies_answers_inline_and_posts_nothing()
    {
        await using var host = Host(new CountingBot());
        using var client = host.CreateClient();
        var activity = Activities.Message("inline please", _connector.BaseUri);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        var response = await client.PostAsync("/api/messages", Activities.Json(activity));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var reply = Assert.Single(body.RootElement.GetProperty("activities").EnumerateArray());
        Assert.Equal("1:inline please", reply.GetProperty("text").GetString());
        await Task.Delay(500);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Throttled_reply_is_retried_after_retry_after()
    {
        _connector.Handler = async (request, context) =>
        {
            if (request.Sequence == 1)
            {
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "1";
                return;
            }
            await context.Response.WriteAsJsonAsync(new { id = "ok" });
        };
        await using var host = Host(new CountingBot());
        using var client = host.CreateClient();

        await client.PostAsync("/api/messages", Activities.Json(Activities.Message("hi", _connector.BaseUri)));

        var requests = await _connector.WaitForRequestsAsync(2, TimeSpan.FromSeconds(10));
        Assert.Equal(2, requests.Count);
        Assert.Equal(requests[0].BodyText, requests[1].BodyText);
    }

    [Fact]
    public async Task A_turn_run_again_after_a_takeover_saves_and_sends_nothing_twice()
    {
        await using var host = Host(new CountingBot());
        host.CreateClient();
        var store = host.Services.GetRequiredService<TurnStore>();
        var runner = host.Services.GetRequiredService<TurnRunner>();
        var activity = Activities.Message("once", _connector.BaseUri);
        await store.AppendInboundAsync(activity, StateKeys.For(activity).Conversation, onStored: null);

        await runner.RunAsync(activity, CancellationToken.None);
        var rerun = await runner.RunAsync(activity, CancellationToken.None); // e.g. a second host resuming it

        Assert.False(rerun.Failed);
        await _connector.WaitForRequestsAsync(1);
        await Task.Delay(300);
        Assert.Single(_connector.Requests);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Outbox.CountAsync());
        var state = Assert.Single(await db.States.ToListAsync());
        Assert.Equal(1, state.Version);
        using var json = JsonDocument.Parse(state.Data);
        Assert.Equal(["once"], json.RootElement.GetProperty("seen").EnumerateArray().Select(e => e.GetString()));
    }

    private BotHostFactory Host(IBot bot, Dictionary<string, string?>? settings = null) =>
        new(settings) { ConfigureServices = s => BotHostFactory.Replace(s, bot) };
}
