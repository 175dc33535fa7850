using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Broadcasts.Campaigns;
using DarkSocialBot.Broadcasts.Subscriptions;
using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Contacts;
using DarkSocialBot.Privacy;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Channels.Twilio;
using DarkSocialBot.Tests.Infrastructure;
using DarkSocialBot.Turns;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DarkSocialBot.Tests.Broadcasts;

/// <summary>Broadcasts through the real Twilio sender (a local fake of its API): windows, templates, status callbacks, opt-outs.</summary>
public sealed class TwilioBroadcastTests : IAsyncLifetime
{
    private const string Ana = "+14155550100", Bo = "+14155550101";
    private TwilioFixture _twilio = null!;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _twilio = await TwilioFixture.StartAsync(settings: new()
        {
            ["Admin:ApiKeys:0"] = "test-key",
            ["Twilio:WhatsAppFrom"] = "+14155238886",
            ["Twilio:WhatsAppMessagesPerSecond"] = "0",
            ["Broadcasts:PollInterval"] = "00:00:00.050",
            ["Broadcasts:QuietHoursStart"] = "00:00:00",
            ["Broadcasts:QuietHoursEnd"] = "00:00:00",
        });
        _admin = _twilio.Host.CreateClient();
        _admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "test-key");
        var rows = new[] { (Ana, "Ana"), (Bo, "Bo") }.Select(c => new ImportRow(TwilioChannels.WhatsApp, c.Item1, null, null, c.Item2, "en", "Etc/UTC", null, ["offers"],
            new ImportConsent(ConsentPurpose.Marketing, "offers-v1", "Would you like our offers on WhatsApp?", DateTimeOffset.UtcNow.AddDays(-2), $"crm-{c.Item2}")));
        var response = await _admin.PostAsJsonAsync("/api/admin/broadcasts/subscribers/import", new ImportRequest([.. rows]), BroadcastHost.Json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _twilio.DisposeAsync();
    }

    [Fact]
    public async Task Whatsapp_broadcast_is_free_form_inside_the_window_and_the_template_outside_and_callbacks_update_the_statistics()
    {
        // Ana wrote an hour ago (window open); Bo never wrote (a business-initiated message needs the template).
        await _twilio.Host.Services.GetRequiredService<ContactStore>().RecordInboundAsync(TwilioChannels.WhatsApp, Ana, new ContactDetails("Ana", null, null), DateTimeOffset.UtcNow.AddHours(-1));

        var campaign = await CreateAsync();
        await WaitForAsync(campaign, r => r.Sent == 2);

        var messages = (await _twilio.Api.WaitForRequestsAsync(2)).ToDictionary(r => Fields(r)["To"], Fields);
        Assert.Equal("Winter offers for you, Ana", messages["whatsapp:" + Ana]["Body"]);
        Assert.False(messages["whatsapp:" + Ana].ContainsKey("ContentSid"));
        Assert.Equal("HXwinter", messages["whatsapp:" + Bo]["ContentSid"]);
        Assert.Equal("Bo", JsonDocument.Parse(messages["whatsapp:" + Bo]["ContentVariables"]).RootElement.GetProperty("1").GetString());
        Assert.False(messages["whatsapp:" + Bo].ContainsKey("Body"));

        // Twilio reports: Ana read it, Bo's was undelivered.
        var sids = await _twilio.DbAsync(db => db.Outbox.OrderBy(o => o.Id).Select(o => o.ProviderMessageId!).ToListAsync());
        var bySid = sids.Zip(_twilio.Api.Requests.Select(r => Fields(r)["To"])).ToDictionary(p => p.Second, p => p.First);
        await StatusAsync(bySid["whatsapp:" + Ana], "read");
        await StatusAsync(bySid["whatsapp:" + Bo], "undelivered", "30003");

        var report = await ReportAsync(campaign);
        Assert.Equal((1, 1, 1, 1), (report.Sent, report.Delivered, report.Read, report.Failed));
        Assert.Equal(1, report.FailedReasons["Undelivered 30003"]);
    }

    [Fact]
    public async Task Outside_the_window_each_subscriber_gets_the_twilio_content_template_of_their_language()
    {
        const string Luc = "+33612345678";
        var luc = new ImportRow(TwilioChannels.WhatsApp, Luc, null, null, "Luc", "fr", "Europe/Paris", null, ["offers"],
            new ImportConsent(ConsentPurpose.Marketing, "offers-v1", "Voulez-vous nos offres sur WhatsApp ?", DateTimeOffset.UtcNow.AddDays(-2), "crm-Luc"));
        Assert.True((await _admin.PostAsJsonAsync("/api/admin/broadcasts/subscribers/import", new ImportRequest([luc]), BroadcastHost.Json)).IsSuccessStatusCode);

        var response = await _admin.PostAsJsonAsync("/api/admin/broadcasts/campaigns", new
        {
            name = "winter",
            segment = new { topic = "offers", channelId = TwilioChannels.WhatsApp },
            messages = new { en = "Winter offers for you, {{name}}", fr = "Les soldes d'hiver pour vous, {{name}}" },
            template = new
            {
                contentSid = "HXwinter", contentSids = new Dictionary<string, string> { ["FR"] = "HXhiver" },
                variables = new Dictionary<string, string> { ["1"] = "{{name}}" },
            },
        }, BroadcastHost.Json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        await WaitForAsync((await response.Content.ReadFromJsonAsync<CampaignReport>(BroadcastHost.Json))!.Id, r => r.Sent == 3);

        var templates = (await _twilio.Api.WaitForRequestsAsync(3)).Select(Fields).ToDictionary(f => f["To"], f => f["ContentSid"]);
        Assert.Equal(("HXhiver", "HXwinter", "HXwinter"), (templates["whatsapp:" + Luc], templates["whatsapp:" + Ana], templates["whatsapp:" + Bo]));
    }

    /// <summary>
    /// A campaign's figures were counted from its outbox rows only, so once the retention sweep purged them (90 days), every
    /// message showed as "sending". Each delivery now keeps its outcome.
    /// </summary>
    [Fact]
    public async Task A_campaigns_figures_stay_the_same_after_the_retention_sweep_purges_its_messages()
    {
        var campaign = await CreateAsync();
        await WaitForAsync(campaign, r => r.Sent == 2);
        await _twilio.Api.WaitForRequestsAsync(2);
        var sids = await _twilio.DbAsync(db => db.Outbox.OrderBy(o => o.Id).Select(o => o.ProviderMessageId!).ToListAsync());
        var bySid = sids.Zip(_twilio.Api.Requests.Select(r => Fields(r)["To"])).ToDictionary(p => p.Second, p => p.First);
        await StatusAsync(bySid["whatsapp:" + Ana], "delivered");
        await StatusAsync(bySid["whatsapp:" + Bo], "undelivered", TwilioErrors.OptedOut);
        var before = await ReportAsync(campaign);

        var sweeper = new RetentionSweeper(_twilio.Host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>(),
            _twilio.Host.Services.GetRequiredService<TurnStore>(), Options.Create(new PrivacyOptions { RetainConversationsDays = 90 }),
            new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(91)), NullLogger<RetentionSweeper>.Instance);
        var purged = await sweeper.SweepAsync(default);

        Assert.Equal(2, purged.OutboxMessages);
        var after = await ReportAsync(campaign);
        Assert.Equal((1, 1, 0, 1, 1, 0), (before.Sent, before.Delivered, before.Read, before.Failed, before.OptedOut, before.Sending));
        Assert.Equal((before.Sent, before.Delivered, before.Read, before.Failed, before.OptedOut, before.Sending),
            (after.Sent, after.Delivered, after.Read, after.Failed, after.OptedOut, after.Sending));
        Assert.Equal(before.FailedReasons, after.FailedReasons);
    }

    /// <summary>
    /// Versions before deliveries kept their outcome purged a campaign's outbox rows after 90 days: its messages then showed as
    /// "sending" for ever. A delivery whose outbox row is gone is counted as unknown, and the campaign's figures are final.
    /// </summary>
    [Fact]
    public async Task A_campaign_whose_messages_were_purged_before_outcomes_were_kept_ends_with_them_unknown_not_sending()
    {
        var campaign = await CreateAsync();
        await WaitForAsync(campaign, r => r.Sent == 2 && r.Status == CampaignStatus.Completed);
        await _twilio.Api.WaitForRequestsAsync(2);

        // What the sweep of those versions did: the outbox rows deleted, the deliveries left dispatched.
        Assert.Equal(2, await _twilio.DbAsync(db => db.Outbox.ExecuteDeleteAsync()));
        var after = await ReportAsync(campaign);

        Assert.Equal(CampaignStatus.Completed, after.Status);
        Assert.Equal((0, 0, 0, 0, 2), (after.Queued, after.Sending, after.Sent, after.Failed, after.Unknown));
        Assert.Equal(2, after.Audience);
    }

    [Fact]
    public async Task Stop_on_whatsapp_and_an_opt_out_reported_by_twilio_both_keep_the_next_campaign_away()
    {
        // Ana writes STOP: the contacts' middleware records the opt-out and confirms it (Twilio confirms only on SMS), the
        // broadcasts withdraw her subscriptions.
        await _twilio.PostAsync("/api/twilio", TwilioFixture.WhatsApp("STOP", "SMstop0000000000000000000000000000", from: Ana));
        var confirmation = Fields(Assert.Single(await _twilio.Api.WaitForRequestsAsync(1)));
        Assert.Equal(("whatsapp:" + Ana, "Done: you won't get any more messages from us here. If you change your mind, just write START."),
            (confirmation["To"], confirmation["Body"]));
        var first = await CreateAsync();
        await WaitForAsync(first, r => r.Status == CampaignStatus.Completed && r.Sending == 0);
        Assert.Equal(1, (await ReportAsync(first)).Audience);

        // Twilio later reports 21610 on Bo's message: he had opted out at the carrier.
        var sid = await _twilio.DbAsync(db => db.Outbox.OrderByDescending(o => o.Id).Select(o => o.ProviderMessageId!).FirstAsync());
        await StatusAsync(sid, "failed", "21610");
        var second = await CreateAsync();
        var report = await WaitForAsync(second, r => r.Status == CampaignStatus.Completed);

        Assert.Equal(1, (await ReportAsync(first)).OptedOut);
        Assert.Equal((1, 1, 0), (report.OptedOut, report.SkippedReasons["OptedOut"], report.Sent));
        Assert.Equal(["whatsapp:" + Ana, "whatsapp:" + Bo], _twilio.Api.Requests.Select(r => Fields(r)["To"]));
        var withdrawal = await _twilio.DbAsync(db => db.Consents.SingleAsync(c => !c.Granted));
        Assert.Equal(("Stop", "STOP"), (withdrawal.WordingVersion, withdrawal.Wording));
    }

    private async Task<long> CreateAsync()
    {
        var response = await _admin.PostAsJsonAsync("/api/admin/broadcasts/campaigns", new
        {
            name = "winter",
            segment = new { topic = "offers", channelId = TwilioChannels.WhatsApp },
            messages = new { en = "Winter offers for you, {{name}}" },
            template = new { contentSid = "HXwinter", variables = new Dictionary<string, string> { ["1"] = "{{name}}" } },
        }, BroadcastHost.Json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CampaignReport>(BroadcastHost.Json))!.Id;
    }

    private async Task<CampaignReport> ReportAsync(long id) =>
        (await _admin.GetFromJsonAsync<CampaignReport>($"/api/admin/broadcasts/campaigns/{id}", BroadcastHost.Json))!;

    private async Task<CampaignReport> WaitForAsync(long id, Func<CampaignReport, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var report = await ReportAsync(id);
            if (done(report)) return report;
            if (DateTime.UtcNow > deadline) throw new TimeoutException(JsonSerializer.Serialize(report, BroadcastHost.Json));
            await Task.Delay(50);
        }
    }

    private async Task StatusAsync(string sid, string status, string? errorCode = null)
    {
        List<(string, string)> form = [("MessageSid", sid), ("MessageStatus", status), ("AccountSid", TwilioFixture.AccountSid), ("To", "whatsapp:" + Bo)];
        if (errorCode is not null) form.Add(("ErrorCode", errorCode));
        Assert.True((await _twilio.PostAsync("/api/twilio/status", form)).IsSuccessStatusCode);
    }

    private static Dictionary<string, string> Fields(RecordedRequest request) =>
        QueryHelpers.ParseQuery(request.BodyText).ToDictionary(p => p.Key, p => p.Value.ToString());
}
