using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Broadcasts;

/// <summary>Broadcasting from two hosts sharing one PostgreSQL database (the scale-out set-up).</summary>
public sealed class PostgresBroadcastTests
{
    [PostgresFact]
    public async Task Two_hosts_on_postgres_send_a_campaign_to_everyone_exactly_once()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var connector = await LocalHttpServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Broadcasts:FanOutBatchSize"] = "10",
            ["Broadcasts:MessagesPerSecond:emulator"] = "100",
        };
        await using var first = await BroadcastHost.StartAsync(settings, connector: connector);
        await using var second = await BroadcastHost.StartAsync(settings, connector: connector);
        second.Factory.CreateClient();
        await first.ImportAsync([.. Enumerable.Range(1, 50).Select(i => first.Subscriber($"u{i:00}", i % 2 == 0 ? "en" : "fr"))]);

        var created = await first.CreateCampaignAsync(BroadcastHost.Campaign());
        var report = await second.WaitForAsync(created.Id, r => r.Sent == 50, TimeSpan.FromSeconds(30));
        await Task.Delay(1000);

        Assert.Equal(50, report.Audience);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"u{i:00}"), first.Recipients().Order());
        Assert.Equal(50, await first.QueryAsync(db => db.BroadcastDeliveries.CountAsync(d => d.Status == BroadcastDeliveryStatus.Dispatched)));
    }
}
