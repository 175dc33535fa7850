using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Airline;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Attribution;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DarkSocialBot.Tests.Privacy;

/// <summary>
/// Bag reports filed before <c>bag_reports.conversation_key</c> existed had no conversation, so the customer's export and
/// erasure never found them. The bot's own confirmation, naming the report's reference, links them to it; those it cannot
/// link are erased with the customer whose number they give as contact, and exported to no one.
/// </summary>
public sealed class OldBagReportTests
{
    private const string Phone = "+33612345678";

    [Fact]
    public Task Old_reports_are_linked_by_the_bots_confirmation_so_the_export_and_erasure_find_them() => LinksAsync(postgres: null);

    [PostgresFact]
    public async Task Old_reports_are_linked_by_the_bots_confirmation_on_postgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await LinksAsync(database.ConnectionString);
    }

    [Fact]
    public Task An_unlinked_old_report_is_erased_with_the_customer_whose_number_it_gives_and_exported_to_no_one() => ByPhoneAsync(postgres: null);

    [PostgresFact]
    public async Task An_unlinked_old_report_is_erased_by_the_customers_number_on_postgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await ByPhoneAsync(database.ConnectionString);
    }

    private static async Task LinksAsync(string? postgres)
    {
        await using var host = Start(postgres);
        await host.SayAsync("hello", "ana", "conv-ana");
        var filed = DateTimeOffset.UtcNow.AddDays(-20);
        await OldReportAsync(host, "AMSNM10001", filed);
        await ConfirmationAsync(host, "conv-ana", "AMSNM10001", filed.AddSeconds(2));
        // Named in two conversations at the time: which one filed it is not certain.
        await OldReportAsync(host, "AMSNM10002", filed);
        await ConfirmationAsync(host, "conv-bob", "AMSNM10002", filed.AddSeconds(1));
        await ConfirmationAsync(host, "conv-cat", "AMSNM10002", filed.AddSeconds(3));
        // Named only days later (an agent quoting it elsewhere): not the confirmation.
        await OldReportAsync(host, "AMSNM10003", filed);
        await ConfirmationAsync(host, "conv-dan", "AMSNM10003", filed.AddDays(2));
        // Its messages are gone (purged).
        await OldReportAsync(host, "AMSNM10004", filed);

        await RemigrateAsync(host, postgres);

        var keys = await host.DbAsync(db => db.BagReports.OrderBy(r => r.Reference).Select(r => r.ConversationKey).ToListAsync());
        Assert.Equal(["emulator/conversations/conv-ana", null, null, null], keys);
        var export = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/customers/emulator/ana/export");
        Assert.Equal("AMSNM10001", Assert.Single(export.GetProperty("bagReports").EnumerateArray()).GetProperty("reference").GetString());
        var erased = await (await host.Admin.DeleteAsync("/api/admin/customers/emulator/ana")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["AMSNM10001"], erased.GetProperty("keptBagReports").EnumerateArray().Select(r => r.GetString()));
    }

    private static async Task ByPhoneAsync(string? postgres)
    {
        await using var host = Start(postgres);
        // Filed long ago, handled lately (the host's own retention purge leaves them alone).
        var filed = DateTimeOffset.UtcNow.AddDays(-200);
        var handled = DateTimeOffset.UtcNow.AddDays(-1);
        await OldReportAsync(host, "AMSNM10001", filed, handledAt: handled);
        await OldReportAsync(host, "AMSNM10002", filed);
        await OldReportAsync(host, "AMSNM10003", filed, phone: "+33698765432", handledAt: handled);
        // Linked to someone else's conversation: theirs, whatever number it gives.
        await BagReportPrivacyTests.FileAsync(host, "bob", "AMSNM10004", handledAt: handled);

        var export = await host.Admin.GetFromJsonAsync<JsonElement>($"/api/admin/customers/twilio-sms/{Uri.EscapeDataString(Phone)}/export");
        var erased = await (await host.Admin.DeleteAsync($"/api/admin/customers/twilio-sms/{Uri.EscapeDataString(Phone)}")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(0, export.GetProperty("bagReports").GetArrayLength());
        Assert.Equal(1, erased.GetProperty("bagReports").GetInt32());
        Assert.Equal(["AMSNM10002"], erased.GetProperty("keptBagReports").EnumerateArray().Select(r => r.GetString()));
        var left = await host.DbAsync(db => db.BagReports.OrderBy(r => r.Reference).Select(r => new { r.Reference, Erase = r.ErasureRequestedAt != null }).ToListAsync());
        Assert.Equal("AMSNM10002 True, AMSNM10003 False, AMSNM10004 False", string.Join(", ", left.Select(r => $"{r.Reference} {r.Erase}")));
    }

    private static AttributionHost Start(string? postgres) => AttributionHost.Start(settings: postgres is null ? null : new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "PostgreSql",
        ["Storage:ConnectionString"] = postgres,
    });

    /// <summary>A report as versions before <c>conversation_key</c> stored it.</summary>
    private static Task<int> OldReportAsync(AttributionHost host, string reference, DateTimeOffset createdAt, string phone = Phone,
        DateTimeOffset? handledAt = null) => host.DbAsync(async db =>
    {
        db.BagReports.Add(new BagReport
        {
            Reference = reference, PassengerId = await db.Passengers.Select(p => p.Id).FirstAsync(), Description = "red suitcase",
            ContactPhone = phone, CreatedAt = createdAt, HandledAt = handledAt,
        });
        return await db.SaveChangesAsync();
    });

    /// <summary>The bot's reply that filed the report, in a conversation's outbox.</summary>
    private static Task<int> ConfirmationAsync(AttributionHost host, string conversation, string reference, DateTimeOffset at) => host.DbAsync(db =>
    {
        var reply = new Activity
        {
            Type = ActivityTypes.Message, ChannelId = "emulator", Conversation = new ConversationAccount { Id = conversation },
            Text = $"Your report is filed 🧳 Reference {reference}: keep it for any follow-up.",
        };
        db.Outbox.Add(new OutboxEntry
        {
            ChannelId = "emulator", ConversationKey = $"emulator/conversations/{conversation}", Status = OutboxStatus.Sent,
            Payload = JsonSerializer.SerializeToUtf8Bytes(reply, ActivityJson.Default.Activity), CreatedAt = at, NextAttemptAt = at, SentAt = at,
        });
        return db.SaveChangesAsync();
    });

    /// <summary>Runs the backfill as an upgrade does: back to the migration before it, then up to the latest.</summary>
    private static async Task RemigrateAsync(AttributionHost host, string? postgres)
    {
        await using var db = postgres is null ? await host.DbAsync(d => Task.FromResult(Open(d))) : PostgreSqlMigrationContext.Create(postgres);
        var migrations = db.Database.GetMigrations().ToList();
        var backfill = migrations.FindIndex(m => m.EndsWith("_BagReportConversationBackfill", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[backfill - 1]);
        await migrator.MigrateAsync();
    }

    /// <summary>A context of the host's SQLite database that outlives <see cref="AttributionHost.DbAsync{T}"/>.</summary>
    private static BotDbContext Open(BotDbContext hosts) =>
        new(new DbContextOptionsBuilder<BotDbContext>().UseSqlite(hosts.Database.GetConnectionString()).Options);
}
