using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Tests.Broadcasts;

public sealed class CampaignSendingTests
{
    [Fact]
    public async Task Campaign_reaches_every_subscriber_once_in_their_language_as_a_proactive_message()
    {
        await using var host = await BroadcastHost.StartAsync();
        await host.ImportAsync(host.Subscriber("ana", "en", name: "Ana"), host.Subscriber("luc", "fr", name: "Luc"), host.Subscriber("bo", "en", name: "Bo"));

        var created = await host.CreateCampaignAsync(BroadcastHost.Campaign());
        var report = await host.WaitForAsync(created.Id, r => r.Sent == 3);

        Assert.Equal(3, report.Audience);
        Assert.Equal(CampaignStatus.Completed, (await host.WaitForAsync(created.Id, r => r.Status == CampaignStatus.Completed)).Status);
        var texts = host.Connector.Requests.ToDictionary(r => r.Json.GetProperty("recipient").GetProperty("id").GetString()!, r => r.Json.GetProperty("text").GetString());
        Assert.Equal("Hello Ana", texts["ana"]);
        Assert.Equal("Bonjour Luc", texts["luc"]);
        Assert.Equal("Hello Bo", texts["bo"]);
        // Posted into the subscriber's conversation, not as a reply to anything.
        var toLuc = host.Connector.Requests.Single(r => r.Json.GetProperty("recipient").GetProperty("id").GetString() == "luc");
        Assert.Equal("/v3/conversations/conv-luc/activities", toLuc.Path);
        Assert.Equal(created.Id, toLuc.Json.GetProperty("channelData").GetProperty("broadcast").GetProperty("campaignId").GetInt64());
    }

    [Fact]
    public async Task A_subscriber_without_a_name_gets_the_campaigns_word_for_name_and_without_one_the_campaign_is_400()
    {
        await using var host = await BroadcastHost.StartAsync();
        await host.ImportAsync(host.Subscriber("ana", "en", name: "Ana"), host.Subscriber("luc", "fr") with { DisplayName = null });

        var refused = await host.Admin.PostAsJsonAsync("/api/admin/broadcasts/campaigns",
            BroadcastHost.Campaign(en: "Hello {{name}}!", fr: "Bonjour {{name}} !"), BroadcastHost.Json);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("data.name", problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Contains("1 subscriber(s) speaking 'fr' have no name", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var created = await host.CreateCampaignAsync(new
        {
            name = "winter", segment = new { topic = "offers" }, messages = new { en = "Hello {{name}}!", fr = "Bonjour {{name}} !" },
            data = new Dictionary<string, string> { ["name"] = "there", ["name.fr"] = "à vous" },
        });
        await host.WaitForAsync(created.Id, r => r.Sent == 2);

        Assert.Equal(["Bonjour à vous !", "Hello Ana!"], host.Connector.Requests.Select(r => r.Json.GetProperty("text").GetString()).Order());
    }

    [Fact]
    public async Task A_reply_held_behind_the_customers_paced_broadcast_goes_out_right_after_it_not_at_the_next_poll()
    {
        // An outbox poll that will not come again during the test: only the end of the broadcast's delivery can release
        // the reply that waits behind it.
        await using var host = await BroadcastHost.StartAsync(new Dictionary<string, string?> { ["Outbox:PollInterval"] = "00:10:00" });
        var broadcast = Activities.Message("Our spring offers", host.Connector.BaseUri, conversationId: "conv-u4", userId: "u4");
        (broadcast.From, broadcast.Recipient) = (broadcast.Recipient, broadcast.From);
        var queued = new OutboxEntry
        {
            ChannelId = "emulator", ConversationKey = "emulator/conversations/conv-u4", Status = OutboxStatus.Pending,
            Payload = JsonSerializer.SerializeToUtf8Bytes(broadcast, ActivityJson.Default.Activity),
            CreatedAt = DateTimeOffset.UtcNow, NextAttemptAt = DateTimeOffset.UtcNow.AddMinutes(5), // waiting for its slot, as a paced broadcast does
            LeaseOwner = host.Services.GetRequiredService<IOptions<OutboxOptions>>().Value.InstanceId, LeaseUntil = DateTimeOffset.UtcNow.AddMinutes(10),
        };
        await host.QueryAsync(async db => { db.Outbox.Add(queued); return await db.SaveChangesAsync(); });

        using var chat = host.Factory.CreateClient();
        var question = Activities.Message("hello", host.Connector.BaseUri, conversationId: "conv-u4", id: "u4-question", userId: "u4");
        Assert.True((await chat.PostAsync("/api/messages", Activities.Json(question))).IsSuccessStatusCode);
        await Eventually.TrueAsync(() => host.QueryAsync(db => db.Outbox.AnyAsync(o => o.Id > queued.Id && o.Status == OutboxStatus.Pending)));
        Assert.Empty(host.Connector.Requests); // the reply waits: it must not overtake the broadcast

        // The broadcast's slot comes: the paced sender releases it.
        host.Services.GetRequiredService<OutboxDispatcher>().EnqueueDue(queued, broadcast);

        await Eventually.TrueAsync(() => Task.FromResult(host.Connector.Requests.Count == 2));
        Assert.Equal("Our spring offers", host.Connector.Requests[0].Json.GetProperty("text").GetString());
        Assert.Equal("u4-question", host.Connector.Requests[1].Json.GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task Only_the_segment_is_reached_channel_language_and_tags()
    {
        await using var host = await BroadcastHost.StartAsync();
        await host.ImportAsync(
            host.Subscriber("vip-fr", "fr", tags: ["vip", "paris"]),
            host.Subscriber("vip-en", "en", tags: ["vip"]),
            host.Subscriber("plain-fr", "fr"),
            host.Subscriber("vip-fr-other-channel", "fr", channel: "other", tags: ["vip"]));

        var preview = await host.Admin.PostAsJsonAsync("/api/admin/broadcasts/audience",
            new { topic = "offers", channelId = "emulator", languages = new[] { "fr" }, tags = new[] { "vip" } }, BroadcastHost.Json);
        var count = await preview.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        Assert.Equal("1", count!["count"].ToString());

        var created = await host.CreateCampaignAsync(new
        {
            name = "vip fr",
            segment = new { topic = "offers", channelId = "emulator", languages = new[] { "fr" }, tags = new[] { "VIP" } },
            messages = new { fr = "Offre VIP" },
        });
        await host.WaitForAsync(created.Id, r => r.Status == CampaignStatus.Completed && r.Sending == 0);

        Assert.Equal(["vip-fr"], host.Recipients());
    }

    /// <summary>The import took "flight:kl1234:…" or " News" as written; the audience and the campaign refused them as unknown topics.</summary>
    [Theory]
    [InlineData("flight:KL1234:2026-11-24", " flight:kl1234:2026-11-24 ")]
    [InlineData("news", " News")]
    public async Task A_topic_is_read_as_the_import_reads_it_whatever_its_case_and_spaces(string imported, string typed)
    {
        await using var host = await BroadcastHost.StartAsync();
        await host.ImportAsync(host.Subscriber("ana", topic: imported));

        var preview = await host.Admin.PostAsJsonAsync("/api/admin/broadcasts/audience", new { topic = typed }, BroadcastHost.Json);
        Assert.Equal(1, (await preview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("count").GetInt32());
        var created = await host.CreateCampaignAsync(new { name = "case", segment = new { topic = typed }, messages = new { en = "Update" } });
        await host.WaitForAsync(created.Id, r => r.Sent == 1);

        Assert.Equal(imported, created.Topic);
        Assert.Equal(["ana"], host.Recipients());
    }

    [Fact]
    public async Task Campaign_scheduled_later_waits_for_its_time()
    {
        await using var host = await BroadcastHost.StartAsync();
        await host.ImportAsync(host.Subscriber("ana"));
        var arrivals = new System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset>();
        host.Connector.Handler = (request, context) =>
        {
            arrivals.Enqueue(DateTimeOffset.UtcNow);
            return context.Response.WriteAsJsonAsync(new { id = $"sent-{request.Sequence}" });
        };
        var sendAt = DateTimeOffset.UtcNow.AddSeconds(2);

        var created = await host.CreateCampaignAsync(new
        {
            name = "later",
            segment = new { topic = "offers" },
            messages = new { en = "Later" },
            sendAt,
        });
        var sent = await host.WaitForAsync(created.Id, r => r.Sent == 1);

        // Judged by the clock, not by a pause: however long each step took, nothing started or went before its time.
        Assert.True(sent.StartedAt >= sendAt, $"started at {sent.StartedAt:O}, due at {sendAt:O}");
        Assert.True(Assert.Single(arrivals) >= sendAt, $"arrived at {arrivals.Single():O}, due at {sendAt:O}");
    }

    [Fact]
    public async Task Failed_sends_are_reported_with_their_reason_and_callbacks_update_the_statistics()
    {
        await using var host = await BroadcastHost.StartAsync();
        host.Connector.Handler = async (request, context) =>
        {
            if (request.BodyText.Contains("\"blocked\"", StringComparison.Ordinal)) { context.Response.StatusCode = 403; return; }
            await context.Response.WriteAsJsonAsync(new { id = $"msg-{request.Sequence}" });
        };
        await host.ImportAsync(host.Subscriber("ana"), host.Subscriber("blocked"), host.Subscriber("zoe"));

        var created = await host.CreateCampaignAsync(BroadcastHost.Campaign());
        await host.WaitForAsync(created.Id, r => r.Sent == 2 && r.Failed == 1);

        // A provider's status callback later reports that one of the sent messages was refused: the customer had opted out.
        var zoe = await host.QueryAsync(db => db.BroadcastDeliveries.Join(db.Subscribers, d => d.SubscriberId, s => s.Id, (d, s) => new { d.OutboxId, s.UserId })
            .SingleAsync(x => x.UserId == "zoe"));
        await host.QueryAsync(db => db.Outbox.Where(o => o.Id == zoe.OutboxId)
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.Status, OutboxStatus.Failed).SetProperty(x => x.Error, "OptedOut: 21610 recipient replied STOP")));

        var report = await host.ReportAsync(created.Id);
        Assert.Equal(1, report.Sent);
        Assert.Equal(2, report.Failed);
        Assert.Equal(1, report.OptedOut);
        Assert.Equal(1, report.FailedReasons["OptedOut"]);
        Assert.Equal(1, report.FailedReasons["connector answered 403"]);
    }
}
