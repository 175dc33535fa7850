using DarkSocialBot.Core.Turns;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Turns;

public sealed class RestartTests : IAsyncLifetime
{
    private LocalHttpServer _connector = null!;

    public async Task InitializeAsync() => _connector = await LocalHttpServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Restart_delivers_unsent_replies_once_and_never_resends_sent_ones()
    {
        var connectorDown = false;
        var delivered = AcceptUnless(_ => connectorDown);
        var database = Path.Combine(Path.GetTempPath(), $"dsb-restart-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?> { ["Outbox:FirstRetryDelay"] = "00:00:01", ["Outbox:InstanceId"] = "restarted-host" };

        await using (var before = Host(new CountingBot(), database, settings, keep: true))
        {
            using var client = before.CreateClient();
            await client.PostAsync("/api/messages", Activities.Json(Activities.Message("first", _connector.BaseUri)));
            await Eventually.TrueAsync(() => Task.FromResult(delivered.Count == 1)); // accepted, not merely arrived
            connectorDown = true;
            await client.PostAsync("/api/messages", Activities.Json(Activities.Message("second", _connector.BaseUri)));
            await _connector.WaitForRequestsAsync(2); // refused: the reply stays pending when the host stops
        }

        connectorDown = false;
        await using (var after = Host(new CountingBot(), database, settings, keep: false))
        {
            after.CreateClient(); // starts the host: the dispatcher picks up what is pending
            await UntilDeliveredAsync(delivered, 2);
            await Task.Delay(500);
        }

        // Refused attempts may repeat; what the connector accepted never does.
        Assert.Equal(["1:first", "2:second"], delivered);
    }

    /// <param name="secondTurnBeforeRestart">
    /// true: the second reply was committed before the stop, behind the first (the claim keeps the order); false: it comes
    /// from a turn on the new process, while the first is not queued there (the fast path must not take it).
    /// </param>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task After_a_restart_a_newer_reply_never_overtakes_an_older_one_still_backing_off(bool secondTurnBeforeRestart)
    {
        var refuseFirst = true;
        var delivered = AcceptUnless(text => refuseFirst && text == "1:first");
        var database = Path.Combine(Path.GetTempPath(), $"dsb-restart-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?> { ["Outbox:FirstRetryDelay"] = "00:00:04", ["Outbox:InstanceId"] = "restarted-host" };

        await using (var before = Host(new CountingBot(), database, settings, keep: true))
        {
            using var client = before.CreateClient();
            await client.PostAsync("/api/messages", Activities.Json(Activities.Message("first", _connector.BaseUri)));
            await _connector.WaitForRequestsAsync(1); // refused: backing off for 2-4 s
            if (secondTurnBeforeRestart)
            {
                await client.PostAsync("/api/messages", Activities.Json(Activities.Message("second", _connector.BaseUri)));
                // The second reply is committed and waits behind the first.
                await Eventually.TrueAsync(async () =>
                {
                    await using var db = await before.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
                    return await db.Outbox.CountAsync() == 2;
                });
            }
        }

        refuseFirst = false;
        await using (var after = Host(new CountingBot(), database, settings, keep: false))
        {
            using var client = after.CreateClient();
            if (!secondTurnBeforeRestart)
            {
                var response = await client.PostAsync("/api/messages", Activities.Json(Activities.Message("second", _connector.BaseUri)));
                Assert.True(response.IsSuccessStatusCode);
            }
            await UntilDeliveredAsync(delivered, 2);
        }

        Assert.Equal(["1:first", "2:second"], delivered);
    }

    /// <remarks>
    /// This turn never finishes, yet its acknowledged activity must survive the stop: acknowledged at once (no wait), or
    /// when the wait runs out.
    /// </remarks>
    [Theory]
    [InlineData("00:00:00")]
    [InlineData("00:00:00.300")]
    public async Task Restart_runs_the_turn_of_an_activity_stored_but_never_processed(string acknowledgeWithin)
    {
        var database = Path.Combine(Path.GetTempPath(), $"dsb-restart-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?> { ["Turns:AcknowledgeWithin"] = acknowledgeWithin, ["Outbox:InstanceId"] = "restarted-host" };
        var stuck = new CountingBot { Pause = (_, ct) => Task.Delay(Timeout.Infinite, ct) };

        await using (var before = Host(stuck, database, settings, keep: true))
        {
            using var client = before.CreateClient();
            var response = await client.PostAsync("/api/messages", Activities.Json(Activities.Message("stored", _connector.BaseUri)));
            Assert.True(response.IsSuccessStatusCode);
            await using var db = await before.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
            Assert.Equal(InboxStatus.Pending, (await db.Inbox.SingleAsync()).Status);
        }

        await using (var after = Host(new CountingBot(), database, settings, keep: false))
        {
            after.CreateClient();
            var replies = await _connector.WaitForRequestsAsync(1, TimeSpan.FromSeconds(15));
            Assert.Equal("1:stored", Assert.Single(replies).Json.GetProperty("text").GetString());
            await using var db = await after.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
            Assert.Equal(InboxStatus.Processed, (await db.Inbox.SingleAsync()).Status);
        }
    }

    /// <summary>
    /// A send that fails while the host stops is an attempt like any other: recorded, and the reply stays pending for the next
    /// start. It escaped the dispatcher instead (logged as a failed work item), and the attempt was not counted.
    /// </summary>
    [Fact]
    public async Task A_send_that_fails_while_the_host_stops_is_recorded_as_an_attempt()
    {
        await using var host = Host(new CountingBot(), Path.Combine(Path.GetTempPath(), $"dsb-stop-{Guid.NewGuid():N}.db"), [], keep: false);
        var dispatcher = host.Services.GetRequiredService<DarkSocialBot.Outbox.OutboxDispatcher>();
        Task? stopping = null;
        _connector.Handler = async (_, context) =>
        {
            stopping = Task.Run(() => dispatcher.StopAsync(CancellationToken.None)); // waits for this send to be recorded
            await Task.Delay(200);
            context.Abort(); // the connection drops while the host stops
        };
        using var client = host.CreateClient();

        await client.PostAsync("/api/messages", Activities.Json(Activities.Message("bye", _connector.BaseUri)));
        await _connector.WaitForRequestsAsync(1);
        await Eventually.TrueAsync(() => Task.FromResult(stopping is not null));
        await stopping!;
        // Stopped on its own, the dispatcher ends quietly: cancelled, it read as a crash, and the host stopped (and disposed)
        // everything meanwhile, which on a busy machine came before the read below.
        Assert.True(dispatcher.ExecuteTask!.IsCompletedSuccessfully, $"the dispatcher ended {dispatcher.ExecuteTask.Status}");

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var row = await db.Outbox.SingleAsync();
        Assert.Equal((OutboxStatus.Pending, 1), (row.Status, row.Attempts));
    }

    /// <summary>The connector accepts a reply unless <paramref name="refuse"/> says so (503); the texts it accepted, in order.</summary>
    private System.Collections.Concurrent.ConcurrentQueue<string> AcceptUnless(Func<string, bool> refuse)
    {
        var accepted = new System.Collections.Concurrent.ConcurrentQueue<string>();
        _connector.Handler = async (request, context) =>
        {
            var text = request.Json.GetProperty("text").GetString()!;
            if (refuse(text)) { context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable; return; }
            accepted.Enqueue(text);
            await context.Response.WriteAsJsonAsync(new { id = "ok" });
        };
        return accepted;
    }

    /// <summary>Waits (up to 15 s) until <paramref name="count"/> replies were accepted; the assertions say what arrived.</summary>
    private static async Task UntilDeliveredAsync(System.Collections.Concurrent.ConcurrentQueue<string> delivered, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (delivered.Count < count && DateTime.UtcNow < deadline) await Task.Delay(50);
    }

    private static BotHostFactory Host(IBot bot, string database, Dictionary<string, string?> settings, bool keep) =>
        new(settings, database) { KeepDatabase = keep, ConfigureServices = s => BotHostFactory.Replace(s, bot) };
}
