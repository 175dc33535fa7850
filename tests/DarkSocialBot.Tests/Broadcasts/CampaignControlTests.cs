using DarkSocialBot.Broadcasts.Campaigns;
using DarkSocialBot.Broadcasts.Subscriptions;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Broadcasts;

/// <summary>Pause, resume and cancel, and the rules checked again at send time.</summary>
public sealed class CampaignControlTests
{
    /// <summary>
    /// A host whose provider holds every answer until <paramref name="answer"/> completes: with <paramref name="inFlight"/>
    /// messages in the outbox the sender waits for room, so it has more to move the moment a pause or cancel lands, however
    /// slow the machine is. Only the campaign's status can stop it then.
    /// </summary>
    private static async Task<BroadcastHost> HeldHostAsync(TaskCompletionSource answer, int inFlight)
    {
        var host = await BroadcastHost.StartAsync(new Dictionary<string, string?>
        {
            ["Broadcasts:MessagesPerSecond:emulator"] = "20",
            ["Broadcasts:MaxInFlight"] = inFlight.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        host.Connector.Handler = async (request, context) =>
        {
            await answer.Task;
            await context.Response.WriteAsJsonAsync(new { id = $"sent-{request.Sequence}" });
        };
        return host;
    }

    /// <summary>The outbox is empty and the sender, finding nothing due, has let its lease go: nothing sends after this.</summary>
    private static Task SenderSettledAsync(BroadcastHost host) =>
        Eventually.TrueAsync(() => host.QueryAsync(async db => !await db.Outbox.AnyAsync(o => o.Status == OutboxStatus.Pending)
            && (await db.SenderLeases.ToListAsync()).All(l => l.LeaseUntil < DateTimeOffset.UtcNow)));

    [Fact]
    public async Task Pause_stops_sending_and_resume_sends_the_rest_once_each()
    {
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await HeldHostAsync(answer, inFlight: 5);
        await host.ImportAsync([.. Enumerable.Range(1, 30).Select(i => host.Subscriber($"u{i:00}"))]);
        var created = await host.CreateCampaignAsync(BroadcastHost.Campaign());
        await Eventually.TrueAsync(() => Task.FromResult(host.Connector.Requests.Count == 5));

        Assert.True((await host.Admin.PostAsync($"/api/admin/broadcasts/campaigns/{created.Id}/pause", null)).IsSuccessStatusCode);
        var inOutbox = await host.QueryAsync(db => db.BroadcastDeliveries.Where(d => d.CampaignId == created.Id && d.Status != BroadcastDeliveryStatus.Queued)
            .Join(db.Subscribers, d => d.SubscriberId, s => s.Id, (d, s) => s.UserId).ToListAsync());
        answer.SetResult();
        await SenderSettledAsync(host);

        // What was already in the outbox arrived, and nothing else.
        Assert.Equal(inOutbox.Order(), host.Recipients().Order());
        var paused = await host.ReportAsync(created.Id);
        Assert.Equal((CampaignStatus.Paused, 5, 25), (paused.Status, paused.Sent, paused.Queued));

        await host.Admin.PostAsync($"/api/admin/broadcasts/campaigns/{created.Id}/resume", null);
        await host.WaitForAsync(created.Id, r => r.Sent == 30);

        Assert.Equal(Enumerable.Range(1, 30).Select(i => $"u{i:00}"), host.Recipients().Order());
        Assert.Equal(CampaignStatus.Completed, (await host.WaitForAsync(created.Id, r => r.Status == CampaignStatus.Completed)).Status);
    }

    [Fact]
    public async Task Cancel_cancels_what_is_still_queued()
    {
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await HeldHostAsync(answer, inFlight: 3);
        await host.ImportAsync([.. Enumerable.Range(1, 40).Select(i => host.Subscriber($"u{i:00}"))]);
        var created = await host.CreateCampaignAsync(BroadcastHost.Campaign());
        await Eventually.TrueAsync(() => Task.FromResult(host.Connector.Requests.Count == 3));

        var response = await host.Admin.PostAsync($"/api/admin/broadcasts/campaigns/{created.Id}/cancel", null);
        Assert.True(response.IsSuccessStatusCode);
        answer.SetResult();
        await SenderSettledAsync(host);
        var report = await host.ReportAsync(created.Id);

        // Those already in the outbox still go; the others are cancelled.
        Assert.Equal((CampaignStatus.Cancelled, 3, 37, 0), (report.Status, report.Sent, report.Cancelled, report.Sending));
        Assert.Equal(3, host.Connector.Requests.Count);
    }

    [Fact]
    public async Task Consent_withdrawn_after_the_campaign_was_enqueued_is_respected_at_send_time()
    {
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await HeldHostAsync(answer, inFlight: 1);
        var (created, quitter) = await PausedWithOneStillQueuedAsync(host, answer);

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
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await HeldHostAsync(answer, inFlight: 1);
        var (created, quitter) = await PausedWithOneStillQueuedAsync(host, answer);

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

    /// <summary>
    /// A campaign to six subscribers, paused while its first message is with the provider (which then answers); the last
    /// subscriber whose message is still queued.
    /// </summary>
    private static async Task<(CampaignReport Campaign, string Quitter)> PausedWithOneStillQueuedAsync(BroadcastHost host, TaskCompletionSource answer)
    {
        await host.ImportAsync([.. Enumerable.Range(1, 6).Select(i => host.Subscriber($"u{i}"))]);
        var created = await host.CreateCampaignAsync(BroadcastHost.Campaign());
        await Eventually.TrueAsync(() => Task.FromResult(host.Connector.Requests.Count == 1));
        Assert.True((await host.Admin.PostAsync($"/api/admin/broadcasts/campaigns/{created.Id}/pause", null)).IsSuccessStatusCode);
        answer.SetResult();
        var quitter = await host.QueryAsync(db => db.BroadcastDeliveries.Where(d => d.Status == BroadcastDeliveryStatus.Queued)
            .Join(db.Subscribers, d => d.SubscriberId, s => s.Id, (d, s) => s.UserId).OrderBy(u => u).LastAsync());
        return (created, quitter);
    }
}
