using System.Net;
using DarkSocialBot.Attribution;
using DarkSocialBot.Privacy;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Attribution;
using DarkSocialBot.Tests.Infrastructure;
using DarkSocialBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DarkSocialBot.Tests.Privacy;

/// <summary>
/// The purge runs on a <see cref="FakeTimeProvider"/> over a real host's database. The host itself keeps the system clock
/// (its one-second timers would make advancing a fake clock by months take minutes); customers' data is aged in the database.
/// </summary>
public sealed class RetentionTests
{
    [Fact]
    public async Task Conversation_text_older_than_the_retention_period_is_purged_at_start_and_then_every_interval()
    {
        await using var host = AttributionHost.Start();
        foreach (var user in new[] { "ana", "cat", "bob" }) await PrivacyChatTests.HistoryAsync(host, user);
        await PrivacyChatTests.HandOffAsync(host, "ana", closedAt: DateTimeOffset.UtcNow.AddDays(-100));
        await PrivacyChatTests.HandOffAsync(host, "bob", closedAt: DateTimeOffset.UtcNow.AddDays(-80));
        await PrivacyChatTests.HandOffAsync(host, "cat"); // still open: the agent needs it
        await AgeAsync(host, "ana", TimeSpan.FromDays(100));
        await AgeAsync(host, "cat", TimeSpan.FromDays(89));
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = Options.Create(new PrivacyOptions { RetainConversationsDays = 90, RetentionSweepInterval = TimeSpan.FromHours(1) });
        var sweeper = new RetentionSweeper(host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>(),
            host.Services.GetRequiredService<TurnStore>(), options, time, NullLogger<RetentionSweeper>.Instance);
        using var worker = new RetentionWorker(sweeper, options, time, NullLogger<RetentionWorker>.Instance);

        await worker.StartAsync(default);
        await Eventually.TrueAsync(async () => (await PrivacyChatTests.CountsAsync(host, "ana")).Inbox == 0);
        var catBefore = await PrivacyChatTests.CountsAsync(host, "cat");
        time.Advance(TimeSpan.FromDays(2));
        await Eventually.TrueAsync(async () => (await PrivacyChatTests.CountsAsync(host, "cat")).Inbox == 0);
        await worker.StopAsync(default);

        Assert.Equal((3, 3), (catBefore.Inbox, catBefore.Outbox));
        var ana = await PrivacyChatTests.CountsAsync(host, "ana");
        Assert.Equal((0, 0), (ana.Inbox, ana.Outbox));
        var answer = await AnswerOfAsync(host, "ana");
        Assert.Null(answer.ShareComment);
        Assert.Equal("positive", answer.ShareSentimentLabel);
        Assert.Equal("my sister sent me the link on WhatsApp", answer.AnswerText);
        Assert.False(await host.DbAsync(db => db.States.AnyAsync(s => s.Key == "emulator/conversations/conv-ana")));
        Assert.True(await host.DbAsync(db => db.States.AnyAsync(s => s.Key == "emulator/users/ana")));
        Assert.False(await host.DbAsync(db => db.ConversationLinks.AnyAsync(l => l.UserId == "ana")));
        var bob = await PrivacyChatTests.CountsAsync(host, "bob");
        Assert.Equal((3, 3), (bob.Inbox, bob.Outbox));
        Assert.NotNull((await AnswerOfAsync(host, "bob")).ShareComment);
        var notes = await host.DbAsync(db => db.Handoffs.OrderBy(h => h.Id).Select(h => h.Note).ToListAsync());
        Assert.Equal([null, "bob: my bag arrived broken", "cat: my bag arrived broken"], notes);
    }

    [Fact]
    public async Task A_retention_of_zero_days_keeps_everything()
    {
        await using var host = AttributionHost.Start();
        await PrivacyChatTests.HistoryAsync(host, "ana");
        var sweeper = new RetentionSweeper(host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>(),
            host.Services.GetRequiredService<TurnStore>(), Options.Create(new PrivacyOptions { RetainConversationsDays = 0 }),
            new FakeTimeProvider(DateTimeOffset.UtcNow.AddYears(10)), NullLogger<RetentionSweeper>.Instance);

        var purged = await sweeper.SweepAsync(default);

        Assert.Equal(new RetentionSweeper.Purged(0, 0, 0, 0, 0, 0, 0), purged);
        Assert.Equal(3, (await PrivacyChatTests.CountsAsync(host, "ana")).Inbox);
    }

    /// <summary>Handled bag reports (description, phone, photos) were kept for ever: only a customer's erasure removed them.</summary>
    [Fact]
    public Task Bag_reports_handled_before_the_retention_period_are_purged_with_their_evidence_and_open_ones_stay() =>
        PurgesHandledBagReportsAsync(postgres: null);

    [PostgresFact]
    public async Task Bag_reports_handled_before_the_retention_period_are_purged_on_postgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await PurgesHandledBagReportsAsync(database.ConnectionString);
    }

    private static async Task PurgesHandledBagReportsAsync(string? postgres)
    {
        // The host's own purge is off, so only the sweep under test (on its fake clock) deletes anything.
        var settings = new Dictionary<string, string?> { ["Privacy:RetainConversationsDays"] = "0" };
        if (postgres is not null) (settings["Storage:Provider"], settings["Storage:ConnectionString"]) = ("PostgreSql", postgres);
        await using var host = AttributionHost.Start(settings: settings);
        var now = DateTimeOffset.UtcNow;
        var old = await BagReportPrivacyTests.FileAsync(host, "ana", "AMSNM10001", createdAt: now.AddDays(-120), handledAt: now.AddDays(-91),
            evidence: "https://media.example/ana-bag.jpg");
        await BagReportPrivacyTests.FileAsync(host, "bob", "AMSNM10002", createdAt: now.AddDays(-120), handledAt: now.AddDays(-89));
        await BagReportPrivacyTests.FileAsync(host, "cat", "AMSNM10003", createdAt: now.AddDays(-400)); // still being traced
        var sweeper = new RetentionSweeper(host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>(),
            host.Services.GetRequiredService<TurnStore>(), Options.Create(new PrivacyOptions { RetainConversationsDays = 90 }),
            new FakeTimeProvider(now), NullLogger<RetentionSweeper>.Instance);

        var purged = await sweeper.SweepAsync(default);

        Assert.Equal(1, purged.BagReports);
        Assert.Equal(["AMSNM10002", "AMSNM10003"], await host.DbAsync(db => db.BagReports.OrderBy(r => r.Id).Select(r => r.Reference).ToListAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Admin.GetAsync($"/api/admin/bag-reports/{old}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await host.Admin.GetAsync($"/api/admin/bag-reports/{old}/media?url={Uri.EscapeDataString("https://media.example/ana-bag.jpg")}")).StatusCode);
        Assert.Equal(0, (await sweeper.SweepAsync(default)).BagReports);
    }

    /// <summary>Moves everything stored about a customer's conversation back in time.</summary>
    private static Task<int> AgeAsync(AttributionHost host, string user, TimeSpan age) => host.DbAsync(async db =>
    {
        var conversation = $"emulator/conversations/conv-{user}";
        var customer = host.Services.GetRequiredService<CustomerKeys>().Customer("emulator", user);
        var rows = 0;
        foreach (var entry in await db.Inbox.Where(e => e.ConversationKey == conversation).ToListAsync()) { entry.ReceivedAt -= age; rows++; }
        foreach (var entry in await db.Outbox.Where(e => e.ConversationKey == conversation).ToListAsync()) { entry.CreatedAt -= age; rows++; }
        foreach (var entry in await db.States.Where(s => s.Key == conversation).ToListAsync()) entry.UpdatedAt -= age;
        foreach (var entry in await db.AttributionAnswers.Where(a => a.CustomerKey == customer).ToListAsync()) entry.AnsweredAt -= age;
        foreach (var entry in await db.ConversationLinks.Where(l => l.UserId == user).ToListAsync()) entry.FirstSeenAt -= age;
        await db.SaveChangesAsync();
        return rows;
    });

    private static Task<AttributionAnswerEntry> AnswerOfAsync(AttributionHost host, string user)
    {
        var customer = host.Services.GetRequiredService<CustomerKeys>().Customer("emulator", user);
        return host.DbAsync(db => db.AttributionAnswers.SingleAsync(a => a.CustomerKey == customer));
    }
}
