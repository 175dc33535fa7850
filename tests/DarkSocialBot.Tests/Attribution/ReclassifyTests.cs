using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Core.Attribution;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Tests.Attribution;

public sealed class ReclassifyTests
{
    [Fact]
    public async Task Reclassify_updates_answers_of_older_classifier_versions_and_moves_their_counts()
    {
        await using var host = AttributionHost.Start();
        await host.AnswerAsync("a", "my sister sent me the link on WhatsApp", AttributionSeed.Monday);
        await host.AnswerAsync("b", "saw your ad on TV", AttributionSeed.Monday);
        // As an older classifier version left them: a's answer misread, b's right but stamped with the old version.
        await host.DbAsync(db => db.AttributionAnswers.ExecuteUpdateAsync(s => s.SetProperty(a => a.ClassifierVersion, "rules-2025.1")));
        await host.DbAsync(async db =>
        {
            var a = await db.AttributionAnswers.SingleAsync(e => e.Source == SourceCodes.MsgWhatsApp);
            (a.Source, a.Class, a.ShareChannel) = (SourceCodes.Other, "unclassified", null);
            await db.SaveChangesAsync();
            await db.AttributionDailyCounts.Where(c => c.Source == SourceCodes.MsgWhatsApp)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Source, SourceCodes.Other).SetProperty(c => c.Class, "unclassified").SetProperty(c => c.ShareChannel, ""));
            return 0;
        });

        var outcome = await (await host.Admin.PostAsync("/api/admin/attribution/reclassify", null)).Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await host.Admin.PostAsync("/api/admin/attribution/reclassify", null)).Content.ReadFromJsonAsync<JsonElement>();
        var report = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution/report");

        Assert.Equal((2, 1, 1), (outcome.GetProperty("examined").GetInt32(), outcome.GetProperty("changed").GetInt32(), outcome.GetProperty("unchanged").GetInt32()));
        Assert.Equal(AttributionClassifier.Version, outcome.GetProperty("version").GetString());
        Assert.Equal(0, again.GetProperty("examined").GetInt32());
        var rows = await host.DbAsync(db => db.AttributionAnswers.OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([SourceCodes.MsgWhatsApp, SourceCodes.Tv], rows.Select(r => r.Source));
        Assert.All(rows, r => Assert.Equal(AttributionClassifier.Version, r.ClassifierVersion));
        Assert.Equal(1, report.GetProperty("dark").GetInt32());
        Assert.DoesNotContain(report.GetProperty("bySource").EnumerateArray(), s => s.GetProperty("source").GetString() == SourceCodes.Other);
    }
}
