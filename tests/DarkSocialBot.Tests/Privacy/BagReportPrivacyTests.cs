using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Airline;
using DarkSocialBot.Tests.Attribution;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Privacy;

/// <summary>Bag reports are the customer's data too: in their export and chat summary, and erased, except an open one, kept and named.</summary>
public sealed class BagReportPrivacyTests
{
    [Fact]
    public async Task Erasure_deletes_handled_bag_reports_keeps_the_open_one_names_it_and_deletes_it_once_handled()
    {
        await using var host = AttributionHost.Start();
        await PrivacyChatTests.HistoryAsync(host, "ana");
        var handled = await FileAsync(host, "ana", "AMSNM10001", handledAt: DateTimeOffset.UtcNow.AddDays(-2));
        var open = await FileAsync(host, "ana", "AMSNM10002");
        await FileAsync(host, "bob", "AMSNM10003");

        var counts = await (await host.Admin.DeleteAsync("/api/admin/customers/emulator/ana")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(1, counts.GetProperty("bagReports").GetInt32());
        Assert.Equal(["AMSNM10002"], counts.GetProperty("keptBagReports").EnumerateArray().Select(r => r.GetString()));
        var left = await host.DbAsync(db => db.BagReports.OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(["AMSNM10002", "AMSNM10003"], left.Select(r => r.Reference));
        Assert.NotNull(left[0].ErasureRequestedAt);
        Assert.Null(left[1].ErasureRequestedAt);
        Assert.DoesNotContain(left, r => r.Id == handled);

        var marked = await (await host.Admin.PostAsync($"/api/admin/bag-reports/{open}/handled", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(marked.GetProperty("erased").GetBoolean());
        Assert.Equal(["AMSNM10003"], await host.DbAsync(db => db.BagReports.Select(r => r.Reference).ToListAsync()));
    }

    [Fact]
    public async Task Delete_my_data_in_chat_says_which_open_bag_report_is_kept_and_why()
    {
        await using var host = AttributionHost.Start();
        await host.SayAsync("hello", "ana", "conv-ana", locale: "fr-FR");
        await FileAsync(host, "ana", "AMSNM10002");

        await host.SayAsync("supprimer mes données", "ana", "conv-ana", locale: "fr-FR");
        var done = await host.SayAsync("oui", "ana", "conv-ana", locale: "fr-FR");

        Assert.Equal(2, done.Count);
        Assert.StartsWith("C'est fait", done[0].Text, StringComparison.Ordinal);
        Assert.Equal("Sauf votre déclaration de bagage en cours AMSNM10002 : nous la gardons jusqu'à ce qu'elle soit réglée, pour vous rendre votre bagage "
            + "(sans elle, impossible de le retrouver), puis nous la supprimerons.", done[1].Text);
    }

    [Fact]
    public async Task The_export_and_the_chat_summary_hold_the_customers_bag_reports_only()
    {
        await using var host = AttributionHost.Start();
        await host.SayAsync("hello", "ana", "conv-ana");
        await FileAsync(host, "ana", "AMSNM10002", evidence: "https://media.example/ana-bag.jpg");
        await FileAsync(host, "bob", "AMSNM10003");

        var export = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/customers/emulator/ana/export");
        var summary = Assert.Single(await host.SayAsync("what do you know about me?", "ana", "conv-ana")).Text!;

        var report = Assert.Single(export.GetProperty("bagReports").EnumerateArray());
        Assert.Equal(("AMSNM10002", "ana: red suitcase", "+33612345678"),
            (report.GetProperty("reference").GetString(), report.GetProperty("description").GetString(), report.GetProperty("contactPhone").GetString()));
        Assert.Equal("https://media.example/ana-bag.jpg", Assert.Single(report.GetProperty("attachments").EnumerateArray()).GetProperty("url").GetString());
        Assert.Contains("- your bag report AMSNM10002 of ", summary, StringComparison.Ordinal);
        Assert.Contains("1 photo(s) or document(s), in progress", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("AMSNM10003", summary, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Bag_reports_are_exported_and_erased_on_postgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var host = AttributionHost.Start(settings: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = database.ConnectionString,
        });
        await host.SayAsync("hello", "ana", "conv-ana");
        await FileAsync(host, "ana", "AMSNM10001", handledAt: DateTimeOffset.UtcNow.AddDays(-1));
        await FileAsync(host, "ana", "AMSNM10002", evidence: "https://media.example/ana-bag.jpg");

        var export = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/customers/emulator/ana/export");
        var counts = await (await host.Admin.DeleteAsync("/api/admin/customers/emulator/ana")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(2, export.GetProperty("bagReports").GetArrayLength());
        Assert.Equal(1, counts.GetProperty("bagReports").GetInt32());
        Assert.Equal(["AMSNM10002"], counts.GetProperty("keptBagReports").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await host.Admin.PostAsync("/api/admin/bag-reports/" + await host.DbAsync(db => db.BagReports.Select(r => r.Id).SingleAsync()) + "/handled", null)).StatusCode);
        Assert.Equal(0, await host.DbAsync(db => db.BagReports.CountAsync()));
    }

    /// <summary>A bag report filed in the customer's conversation, as the demo airline stores it.</summary>
    internal static Task<int> FileAsync(AttributionHost host, string user, string reference, DateTimeOffset? handledAt = null, string? evidence = null,
        bool damaged = false, DateTimeOffset? createdAt = null) => host.DbAsync(async db =>
    {
        var report = new BagReport
        {
            Reference = reference, PassengerId = await db.Passengers.Select(p => p.Id).FirstAsync(), Description = $"{user}: red suitcase",
            ContactPhone = "+33612345678", CreatedAt = createdAt ?? DateTimeOffset.UtcNow.AddDays(-3), Damaged = damaged,
            Attachments = evidence is null ? null : JsonSerializer.Serialize(new[] { new { url = evidence, contentType = "image/jpeg" } }),
            ConversationKey = $"emulator/conversations/conv-{user}", HandledAt = handledAt, HandledBy = handledAt is null ? null : "Sam",
        };
        db.BagReports.Add(report);
        await db.SaveChangesAsync();
        return report.Id;
    });
}
