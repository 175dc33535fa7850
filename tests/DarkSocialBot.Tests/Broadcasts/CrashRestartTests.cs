using System.Collections.Concurrent;
using System.Net.Http.Json;
using DarkSocialBot.Broadcasts.Campaigns;
using DarkSocialBot.Broadcasts.Sending;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Broadcasts;

/// <summary>A host stopping mid-campaign and another starting on the same database: nobody skipped, nobody twice.</summary>
public sealed class CrashRestartTests
{
    [Fact]
    public async Task Campaign_interrupted_by_a_restart_resumes_and_reaches_everyone_exactly_once()
    {
        await using var connector = await LocalHttpServer.StartAsync();
        var providerUp = true;
        var accepted = new ConcurrentQueue<string>();
        connector.Handler = async (request, context) =>
        {
            // The provider accepts 15 messages, then goes down until the restart: what is in flight then is refused, not half-sent.
            if (!providerUp || accepted.Count >= 15) { providerUp = false; context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable; return; }
            accepted.Enqueue(request.Json.GetProperty("recipient").GetProperty("id").GetString()!);
            await context.Response.WriteAsJsonAsync(new { id = $"m{request.Sequence}" });
        };
        var database = Path.Combine(Path.GetTempPath(), $"dsb-broadcast-restart-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?>
        {
            ["Outbox:InstanceId"] = "broadcast-host",
            ["Outbox:FirstRetryDelay"] = "00:00:00.200",
            ["Broadcasts:MessagesPerSecond:emulator"] = "50",
            ["Broadcasts:FanOutBatchSize"] = "7",
        };
        var users = Enumerable.Range(1, 60).Select(i => $"u{i:00}").ToList();
        long campaignId;

        await using (var before = await BroadcastHost.StartAsync(settings, database, keepDatabase: true, connector: connector))
        {
            await before.ImportAsync([.. users.Select(u => before.Subscriber(u))]);
            campaignId = (await before.CreateCampaignAsync(BroadcastHost.Campaign())).Id;
            while (providerUp) await Task.Delay(20);
            await Task.Delay(300); // some deliveries are now in the outbox, refused and waiting for a retry; most are still queued
            var report = await before.ReportAsync(campaignId);
            Assert.True(report.Queued > 0, "the campaign should be interrupted mid-way");
        }

        providerUp = true;
        connector.Handler = async (request, context) =>
        {
            accepted.Enqueue(request.Json.GetProperty("recipient").GetProperty("id").GetString()!);
            await context.Response.WriteAsJsonAsync(new { id = $"m{request.Sequence}" });
        };
        await using (var after = await BroadcastHost.StartAsync(settings, database, keepDatabase: false, connector: connector))
        {
            after.Factory.CreateClient(); // starts the host: the worker and the dispatcher resume from the database
            var report = await after.WaitForAsync(campaignId, r => r.Sent == 60, TimeSpan.FromSeconds(30));
            await Task.Delay(500); // a few more polls: nothing may be sent again

            Assert.Equal(CampaignStatus.Completed, report.Status);
            Assert.Equal(60, await after.QueryAsync(db => db.BroadcastDeliveries.CountAsync()));
        }
        Assert.Equal(users, accepted.Order());
    }

    [Fact]
    public async Task Fan_out_run_twice_from_the_same_point_enqueues_each_subscriber_once()
    {
        await using var host = await BroadcastHost.StartAsync(new Dictionary<string, string?> { ["Broadcasts:PollInterval"] = "00:10:00" });
        await host.ImportAsync([.. Enumerable.Range(1, 12).Select(i => host.Subscriber($"u{i:00}"))]);
        var writer = host.Services.GetRequiredService<StorageWriter>();
        var campaign = await host.QueryAsync(async db =>
        {
            var c = new Campaign
            {
                Name = "direct", Topic = "offers", Purpose = ConsentPurpose.Marketing, Status = CampaignStatus.Running,
                SegmentJson = "{}", ContentJson = "{\"messages\":{\"en\":\"Hi\"}}", ScheduledAt = DateTimeOffset.UtcNow,
            };
            db.Campaigns.Add(c);
            await db.SaveChangesAsync();
            return c;
        });
        var audience = new AudienceQuery(new CampaignSegment("offers"), null);

        // Two hosts (or a retry after a crash) run the same batch from the same cursor.
        var results = await Task.WhenAll(
            writer.ExecuteAsync(new FanOutBatch(campaign.Id, 0, audience, 8, DateTimeOffset.UtcNow)),
            writer.ExecuteAsync(new FanOutBatch(campaign.Id, 0, audience, 8, DateTimeOffset.UtcNow)));
        var next = await host.QueryAsync(db => db.Campaigns.Where(c => c.Id == campaign.Id).Select(c => c.FanOutCursor).SingleAsync());
        await writer.ExecuteAsync(new FanOutBatch(campaign.Id, next, audience, 8, DateTimeOffset.UtcNow));
        var done = await writer.ExecuteAsync(new FanOutBatch(campaign.Id, await host.QueryAsync(db => db.Campaigns.Where(c => c.Id == campaign.Id).Select(c => c.FanOutCursor).SingleAsync()), audience, 8, DateTimeOffset.UtcNow));

        Assert.Equal([-1, 8], results.Select(r => r == -1 ? -1 : 8).Order());
        Assert.Equal(0, done);
        var stored = await host.QueryAsync(db => db.Campaigns.SingleAsync(c => c.Id == campaign.Id));
        Assert.Equal((12, true), (stored.Enqueued, stored.FanOutDone));
        Assert.Equal(12, await host.QueryAsync(db => db.BroadcastDeliveries.Select(d => d.SubscriberId).Distinct().CountAsync()));
        Assert.Equal(12, await host.QueryAsync(db => db.BroadcastDeliveries.CountAsync()));
    }

    [Fact]
    public async Task The_database_refuses_a_second_delivery_for_the_same_campaign_and_subscriber()
    {
        await using var host = await BroadcastHost.StartAsync();
        await host.ImportAsync(host.Subscriber("ana"));
        var created = await host.CreateCampaignAsync(BroadcastHost.Campaign());
        await host.WaitForAsync(created.Id, r => r.Sent == 1);
        var existing = await host.QueryAsync(db => db.BroadcastDeliveries.AsNoTracking().SingleAsync());

        await Assert.ThrowsAsync<DbUpdateException>(() => host.QueryAsync(async db =>
        {
            db.BroadcastDeliveries.Add(new BroadcastDelivery { CampaignId = existing.CampaignId, SubscriberId = existing.SubscriberId, ChannelId = "emulator" });
            return await db.SaveChangesAsync();
        }));
    }
}
