using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Airline;
using DarkSocialBot.Privacy;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Channels.Twilio;
using DarkSocialBot.Tests.Infrastructure;
using DarkSocialBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static DarkSocialBot.Tests.Privacy.ProviderErasure;

namespace DarkSocialBot.Tests.Privacy;

/// <summary>
/// The deletions at the providers are durable: queued with the erasure or purge that names them, retried while the provider is
/// down (and after a restart), done when the provider says the resource is gone, and kept as failed, for an admin, when it refuses.
/// </summary>
public sealed class ProviderDeletionQueueTests
{
    [Fact]
    public async Task A_deletion_twilio_cannot_do_now_is_retried_and_done_by_the_restarted_host()
    {
        var database = Path.Combine(Path.GetTempPath(), $"dsb-test-{Guid.NewGuid():N}.db");
        var settings = Settings(instance: $"erasure-{Guid.NewGuid():N}");
        var (message, media) = (Sid("MM"), Sid("ME"));
        await using (var down = await TwilioFixture.StartAsync(settings: settings, databasePath: database, keepDatabase: true))
        {
            down.Api.Handler = Deletes(_ => (503, null));
            await SendPhotoAsync(down, Ana, message, media, received: 1);
            using var admin = AdminClient(down);

            Assert.Equal(2, (await EraseAsync(admin, "twilio-whatsapp", Ana)).GetProperty("providerDeletions").GetInt32());
            await Eventually.TrueAsync(async () => (await QueueAsync(down)).All(d => d.Attempts >= 2));
            var waiting = await QueueAsync(down);
            Assert.All(waiting, d => Assert.Equal((ProviderDeletionStatus.Pending, "Twilio answered 503"), (d.Status, d.Error)));
        }

        await using var restarted = await TwilioFixture.StartAsync(settings: settings, databasePath: database);
        restarted.Api.Handler = Deletes();
        await Eventually.TrueAsync(async () => (await QueueAsync(restarted)).Count == 0);
        Assert.Equal(new[] { MediaPath(message, media), MessagePath(message) }.Order(), DeletedPaths(restarted.Api).Order());
    }

    [Fact]
    public async Task A_resource_twilio_no_longer_has_is_done_and_a_refusal_is_recorded_for_the_admin()
    {
        await using var twilio = await TwilioFixture.StartAsync(settings: Settings());
        var (message, media) = (Sid("MM"), Sid("ME"));
        // The media are gone already (404); the message Twilio refuses to delete with these credentials (403, 20003).
        twilio.Api.Handler = Deletes(request => request.Path.Contains("/Media/", StringComparison.Ordinal) ? (404, 20404) : (403, 20003));
        await SendPhotoAsync(twilio, Ana, message, media, received: 1);
        using var admin = AdminClient(twilio);

        await EraseAsync(admin, "twilio-whatsapp", Ana);

        await Eventually.TrueAsync(async () => (await QueueAsync(twilio)) is [{ Status: ProviderDeletionStatus.Failed }]);
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/admin/privacy/provider-deletions");
        Assert.Equal((0, 1), (listed.GetProperty("pending").GetInt32(), listed.GetProperty("failed").GetInt32()));
        var refused = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal(("TwilioMessage", message, "Erasure", "Failed", 1, "Twilio answered 403 with error 20003"),
            (refused.GetProperty("kind").GetString(), refused.GetProperty("resource").GetString(), refused.GetProperty("reason").GetString(),
             refused.GetProperty("status").GetString(), refused.GetProperty("attempts").GetInt32(), refused.GetProperty("error").GetString()));
        var queues = await admin.GetFromJsonAsync<JsonElement>("/api/admin/queues");
        Assert.Equal(1, queues.GetProperty("providerDeletionsFailed").GetInt32());
        Assert.Equal(2, DeletedPaths(twilio.Api).Count); // once each: neither a 404 nor a refusal is tried again
    }

    [Fact]
    public async Task The_photos_of_an_open_bag_report_stay_at_twilio_through_erasure_and_go_when_the_desk_marks_it_handled()
    {
        await using var twilio = await TwilioFixture.StartAsync(settings: Settings());
        twilio.Api.Handler = Deletes();
        var (photo, photoMedia, text) = (Sid("MM"), Sid("ME"), Sid("SM"));
        await SendPhotoAsync(twilio, Ana, photo, photoMedia, received: 1);
        await SendPhotoAsync(twilio, Ana, text, null, received: 2);
        var report = await twilio.DbAsync(async db =>
        {
            var filed = Report("AMSNM20003", await db.Passengers.Select(p => p.Id).FirstAsync(), MediaUrl(twilio, photo, photoMedia), DateTimeOffset.UtcNow, null);
            db.BagReports.Add(filed);
            await db.SaveChangesAsync();
            return filed.Id;
        });
        using var admin = AdminClient(twilio);

        var erased = await EraseAsync(admin, "twilio-whatsapp", Ana);
        await Eventually.TrueAsync(async () => (await QueueAsync(twilio)).Count == 0 && DeletedPaths(twilio.Api).Count == 1);
        var duringTracing = DeletedPaths(twilio.Api);
        (await admin.PostAsync($"/api/admin/bag-reports/{report}/handled", null)).EnsureSuccessStatusCode();
        await Eventually.TrueAsync(async () => (await QueueAsync(twilio)).Count == 0 && DeletedPaths(twilio.Api).Count == 3);

        Assert.Equal(["AMSNM20003"], erased.GetProperty("keptBagReports").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(1, erased.GetProperty("providerDeletions").GetInt32());
        Assert.Equal([MessagePath(text)], duringTracing);
        Assert.Equal(new[] { MediaPath(photo, photoMedia), MessagePath(photo) }.Order(), DeletedPaths(twilio.Api).Skip(1).Order());
    }

    [Fact]
    public Task The_retention_purge_deletes_the_media_of_a_handled_bag_report_and_keeps_an_open_reports() => PurgesAsync(postgres: null);

    [PostgresFact]
    public async Task The_retention_purge_deletes_bag_report_media_and_old_messages_at_twilio_on_postgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await PurgesAsync(database.ConnectionString);
    }

    private static async Task PurgesAsync(string? postgres)
    {
        var settings = Settings(postgres);
        settings["Privacy:RetainConversationsDays"] = "0"; // the host's own purge is off: only the sweep under test deletes
        await using var twilio = await TwilioFixture.StartAsync(settings: settings);
        twilio.Api.Handler = Deletes();
        var (handledMessage, handledMedia, openMessage, openMedia, oldText) = (Sid("MM"), Sid("ME"), Sid("MM"), Sid("ME"), Sid("SM"));
        await SendPhotoAsync(twilio, Ana, openMessage, openMedia, received: 1); // the open report's photo, in a message past retention
        await SendPhotoAsync(twilio, Ana, oldText, null, received: 2);
        var now = DateTimeOffset.UtcNow;
        await twilio.DbAsync(async db =>
        {
            foreach (var entry in await db.Inbox.ToListAsync()) entry.ReceivedAt = now.AddDays(-100);
            var passenger = await db.Passengers.Select(p => p.Id).FirstAsync();
            db.BagReports.AddRange(
                Report("AMSNM20001", passenger, MediaUrl(twilio, handledMessage, handledMedia), now.AddDays(-130), handledAt: now.AddDays(-91)),
                Report("AMSNM20002", passenger, MediaUrl(twilio, openMessage, openMedia), now.AddDays(-101), handledAt: null));
            return await db.SaveChangesAsync();
        });
        var sweeper = new RetentionSweeper(twilio.Host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>(),
            twilio.Host.Services.GetRequiredService<TurnStore>(), Options.Create(new PrivacyOptions { RetainConversationsDays = 90 }),
            new FakeTimeProvider(now), NullLogger<RetentionSweeper>.Instance);

        var purged = await sweeper.SweepAsync(default);

        Assert.Equal((2, 1, 3), (purged.InboxMessages, purged.BagReports, purged.ProviderDeletions));
        await Eventually.TrueAsync(async () => (await QueueAsync(twilio)).Count == 0 && DeletedPaths(twilio.Api).Count == 3);
        Assert.Equal(new[] { MediaPath(handledMessage, handledMedia), MessagePath(handledMessage), MessagePath(oldText) }.Order(),
            DeletedPaths(twilio.Api).Order());
        Assert.Equal(["AMSNM20002"], await twilio.DbAsync(db => db.BagReports.Select(r => r.Reference).ToListAsync()));
    }

    private static BagReport Report(string reference, int passenger, string evidence, DateTimeOffset createdAt, DateTimeOffset? handledAt) => new()
    {
        Reference = reference, PassengerId = passenger, Description = "red suitcase", ContactPhone = Ana, CreatedAt = createdAt,
        Attachments = JsonSerializer.Serialize(new[] { new { url = evidence, contentType = "image/jpeg" } }),
        ConversationKey = "twilio-whatsapp/conversations/" + Ana, HandledAt = handledAt, HandledBy = handledAt is null ? null : "Sam",
    };
}
