using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Privacy;
using DarkSocialBot.Tests.Attribution;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Privacy;

/// <summary>The attribution and privacy SQL (upserts, counts, erasure, purge, report, export) on PostgreSQL.</summary>
public sealed class PostgresPrivacyTests
{
    [PostgresFact]
    public async Task Answers_counts_report_export_erasure_and_purge_work_on_postgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var host = AttributionHost.Start(settings: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = database.ConnectionString,
        });
        await PrivacyChatTests.HistoryAsync(host, "ana");
        await PrivacyChatTests.HistoryAsync(host, "bob");
        await host.AnswerAsync("cat", "saw your ad on TV", AttributionSeed.Monday, shareComment: "=cmd|' /C calc'!A0");

        var report = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution/report?from=2026-01-01");
        var csv = await host.Admin.GetStringAsync("/api/admin/attribution/export?format=csv");
        var reclassified = await (await host.Admin.PostAsync("/api/admin/attribution/reclassify", null)).Content.ReadFromJsonAsync<JsonElement>();
        var erased = await (await host.Admin.DeleteAsync("/api/admin/customers/emulator/ana")).Content.ReadFromJsonAsync<JsonElement>();
        var purged = await host.Services.GetRequiredService<RetentionSweeper>().SweepAsync(default);

        Assert.Equal(3, report.GetProperty("answered").GetInt32());
        Assert.Equal(2, report.GetProperty("dark").GetInt32());
        Assert.Equal(4, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(0, reclassified.GetProperty("examined").GetInt32());
        Assert.Equal(1, erased.GetProperty("attributionAnswers").GetInt32());
        Assert.Equal(1, erased.GetProperty("subscribers").GetInt32());
        Assert.Equal(0, purged.InboxMessages);
        Assert.Equal(new PrivacyChatTests.Counts(0, 0, 0, 0, 0, 0, 0), await PrivacyChatTests.CountsAsync(host, "ana"));
        Assert.Equal(3, (await PrivacyChatTests.CountsAsync(host, "bob")).Inbox);
    }
}
