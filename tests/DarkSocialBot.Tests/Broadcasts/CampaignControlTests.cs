using DarkSocialBot.Broadcasts.Campaigns;
using DarkSocialBot.Broadcasts.Subscriptions;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Broadcasts;

/// <summary>Pause, resume and cancel, and the rules checked again at send time.</summary>
public sealed class CampaignControlTests
{
    private static Task<BroadcastHost> SlowHostAsync() =>
        BroadcastHost.StartAsync(new Dictionary<string, string?> { ["Broadcasts:MessagesPerSecond:emulator"] = "20" });

    [Fact]
    public async Task Pause_stops_sending_and_resume_sends_the_rest_once_each()
    {
        await using var host = await SlowHostAsync();
        await host.ImportAsync([.. Enumerable.Range(1, 30).Select(i => host.Subscriber($"u{i:00}"))]);
        var created = await host.CreateCampaignAsync(BroadcastHost.Campaign());
        await host.Connector.WaitForRequestsAsync(5);

        await host.Admin.PostAsync($"/api/admin/broadcasts/campaigns/{created.Id}/pause", null);
        await Task.Delay(300); // what was already in the outbox arrives
        var sentWhilePaused = host.Connector.Requests.Count;
        await Task.Delay(700);
        Assert.Equal(sentWhilePaused, host.Connector.Requests.Count);
        var paused = await host.ReportAsync(created.Id);
        Assert.Equal((CampaignStatus.Paused, 30 - sentWhilePaused), (paused.Status, paused.Queued));

        await host.Admin.PostAsync($"/api/admin/broadcasts/campaigns/{created.Id}/resume", null);
        await host.WaitForAsync(created.Id, r => r.Sent == 30);

        Assert.Equal(Enumerable.Range(1, 30).Select(i => $"u{i:00}"), host.Recipients().Order());
        Assert.Equal(CampaignStatus.Completed, (await host.WaitForAsync(created.Id, r => r.Status == CampaignStatus.Completed)).Status);
    }

    [Fact]
    public async Task Cancel_cancels_what_is_still_queued()
    {
        await using var host = await SlowHostAsync();
        await host.ImportAsync([.. Enumerable.Range(1, 40).Select(i => host.Subscriber($"u{i:00}"))]);
        var created = await host.CreateCampaignAsync(BroadcastHost.Campaign());
        await host.Connector.WaitForRequestsAsync(3);

        var response = await host.Admin.PostAsync($"/api/admin/broadcasts/campaigns/{created.Id}/cancel", null);
        Assert.True(response.IsSuccessStatusCode);
        var report = await host.WaitForAsync(created.Id, r => r.Sending == 0);
        await Task.Delay(300);

        Assert.Equal(CampaignStatus.Cancelled, report.Status);
        Assert.Equal(40, report.Sent + report.Cancelled);
        Assert.True(report.Cancelled > 20, $"{report.Cancelled} cancelled");
        Assert.Equal(report.Sent, host.Connector.Requests.Count);
    }

    [Fact]
    public async Task Consent_withdrawn_after_the_campaign_was_enqueued_is_respected_at_send_time()
    {
        await using var host = await BroadcastHost.StartAsync(new Dictionary<string, string?> { ["Broadcasts:MessagesPerSecond:emulator"] = "2" });
        var (created, quitter) = await PausedWithOneStillQueuedAsync(host);

        // One of those whose message is still queued says STOP in the meantime.
        var book = host.Services.GetRequiredService<SubscriptionBook>();
        await book.UnsubscribeAsync("emulator", quitter, _ => true, "Stop", "emulator:stop", "stopped", CancellationToken.None);
        await host.Admin.PostAsync($"/api/admin/broadcasts/campaigns/{created.Id}/resume", null);
        var report = await host.WaitForAsync(created.Id, r => r.Status == CampaignStatus.Completed && r.Sending == 0);

        Assert.DoesNotContain(quitter, host.Recipients());
        Assert.Equal(1, report.SkippedReasons["Unsubscribed"]);
        Assert.Equal(5, report.Sent);
    }

    [Fact]
    public async Task Stop_said_while_a_campaign_is_sending_counts_as_an_opt_out_in_its_figures()
    {
        await using var host = await BroadcastHost.StartAsync(new Dictionary<string, string?> { ["Broadcasts:MessagesPerSecond:emulator"] = "2" });
        var (created, quitter) = await PausedWithOneStillQueuedAsync(host);

        // One of those whose message is still queued writes STOP in their conversation.
        using var chat = host.Factory.CreateClient();
        var stop = await chat.PostAsync("/api/messages", Activities.Json(Activities.Message("STOP", host.Connector.BaseUri, $"conv-{quitter}", userId: quitter)));
        Assert.True(stop.IsSuccessStatusCode);
        await Eventually.TrueAsync(() => host.QueryAsync(db => db.Subscriptions.AnyAsync(s => s.Status != SubscriptionStatus.Active)));
        await host.Admin.PostAsync($"/api/admin/broadcasts/campaigns/{created.Id}/resume", null);
        var report = await host.WaitForAsync(created.Id, r => r.Status == CampaignStatus.Completed && r.Sending == 0);

        Assert.Equal((5, 1, 1), (report.Sent, report.OptedOut, report.SkippedReasons["OptedOut"]));
        Assert.DoesNotContain("Unsubscribed", report.SkippedReasons.Keys);
    }

    /// <summary>A campaign to six subscribers, paused after its first message; the last subscriber whose message is still queued.</summary>
    private static async Task<(CampaignReport Campaign, string Quitter)> PausedWithOneStillQueuedAsync(BroadcastHost host)
    {
        await host.ImportAsync([.. Enumerable.Range(1, 6).Select(i => host.Subscriber($"u{i}"))]);
        var created = await host.CreateCampaignAsync(BroadcastHost.Campaign());
        await host.Connector.WaitForRequestsAsync(1);
        await host.Admin.PostAsync($"/api/admin/broadcasts/campaigns/{created.Id}/pause", null);
        var quitter = await host.QueryAsync(db => db.BroadcastDeliveries.Where(d => d.Status == BroadcastDeliveryStatus.Queued)
            .Join(db.Subscribers, d => d.SubscriberId, s => s.Id, (d, s) => s.UserId).OrderBy(u => u).LastAsync());
        return (created, quitter);
    }
}
