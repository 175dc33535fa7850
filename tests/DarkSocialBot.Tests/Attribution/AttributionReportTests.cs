using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace DarkSocialBot.Tests.Attribution;

public sealed class AttributionReportTests
{
    [Fact]
    public async Task Report_gives_totals_response_rate_dark_share_sources_sentiment_and_weekly_trend()
    {
        await using var host = AttributionHost.Start();
        var monday = AttributionSeed.Monday;
        await host.AnswerAsync("a", "my friend sent me the link on WhatsApp", monday, shareComment: "She said it was wonderful!");
        await host.AnswerAsync("b", "my sister sent it on whatsapp", monday.AddDays(1), shareComment: "He said the service was terrible");
        await host.AnswerAsync("c", "saw your ad on TV", monday.AddDays(2));
        await host.AnswerAsync("d", "un collègue m'en a parlé", monday.AddDays(8), "fr", shareComment: "il a adoré, c'est génial");
        await host.AskOnlyAsync("e", monday.AddDays(8));
        await host.AskOnlyAsync("f", monday.AddDays(9), skip: true);

        var report = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution/report");

        Assert.Equal(6, report.GetProperty("asked").GetInt32());
        Assert.Equal(4, report.GetProperty("answered").GetInt32());
        Assert.Equal(1, report.GetProperty("skipped").GetInt32());
        Assert.Equal(0.6667, report.GetProperty("responseRate").GetDouble(), 4);
        Assert.Equal(3, report.GetProperty("dark").GetInt32());
        Assert.Equal(0.75, report.GetProperty("darkSocialShare").GetDouble(), 4);
        var whatsapp = Assert.Single(report.GetProperty("bySource").EnumerateArray(), s => s.GetProperty("source").GetString() == "MSG_WHATSAPP");
        Assert.Equal(2, whatsapp.GetProperty("answers").GetInt32());
        Assert.Equal(2, whatsapp.GetProperty("sentimentCount").GetInt32());
        Assert.InRange(whatsapp.GetProperty("averageSentiment").GetDouble(), -0.9, 0.9);
        var tv = Assert.Single(report.GetProperty("bySource").EnumerateArray(), s => s.GetProperty("source").GetString() == "TV");
        Assert.Equal(JsonValueKind.Null, tv.TryGetProperty("averageSentiment", out var none) ? none.ValueKind : JsonValueKind.Null);
        Assert.Equal(3, Assert.Single(report.GetProperty("byClass").EnumerateArray(), c => c.GetProperty("class").GetString() == "dark").GetProperty("answers").GetInt32());
        Assert.Equal(2, Assert.Single(report.GetProperty("byChannel").EnumerateArray(), c => c.GetProperty("channel").GetString() == "whatsapp").GetProperty("answers").GetInt32());
        var weeks = report.GetProperty("weekly").EnumerateArray().ToList();
        Assert.Equal(["2026-11-02", "2026-11-09"], weeks.Select(w => w.GetProperty("weekStart").GetString()));
        Assert.Equal([3, 1], weeks.Select(w => w.GetProperty("answered").GetInt32()));
        Assert.Equal([3, 3], weeks.Select(w => w.GetProperty("asked").GetInt32()));
        Assert.Equal([2, 1], weeks.Select(w => w.GetProperty("dark").GetInt32()));
    }

    [Fact]
    public async Task Report_filters_by_dates_and_language()
    {
        await using var host = AttributionHost.Start();
        await host.AnswerAsync("a", "a friend told me", AttributionSeed.Monday);
        await host.AnswerAsync("b", "un ami m'en a parlé", AttributionSeed.Monday.AddDays(8), "fr");

        var secondWeek = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution/report?from=2026-11-09&to=2026-11-15");
        var french = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution/report?language=fr");

        Assert.Equal(1, secondWeek.GetProperty("answered").GetInt32());
        Assert.Equal(1, secondWeek.GetProperty("asked").GetInt32());
        Assert.Equal(1, french.GetProperty("answered").GetInt32());
    }

    [Fact]
    public async Task Report_counts_survive_the_erasure_of_a_customer_and_say_how_many_answers_the_list_no_longer_has()
    {
        await using var host = AttributionHost.Start();
        await host.AnswerAsync("a", "a friend told me", AttributionSeed.Monday);
        await host.AnswerAsync("b", "saw your ad on TV", AttributionSeed.Monday);
        await host.AnswerAsync("c", "my sister sent it on whatsapp", AttributionSeed.Monday.AddDays(8));
        var before = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution/report");

        (await host.Admin.DeleteAsync("/api/admin/customers/emulator/a")).EnsureSuccessStatusCode();
        var report = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution/report");
        var list = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution");
        var firstWeek = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution/report?to=2026-11-08");
        var secondWeek = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution/report?from=2026-11-09");
        var paid = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution/report?class=paid");

        Assert.Equal(0, before.GetProperty("erasedAnswers").GetInt32());
        Assert.Equal(3, report.GetProperty("answered").GetInt32());
        Assert.Equal(2, report.GetProperty("dark").GetInt32());
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        // Anonymous daily counts keep the erased answer; the report says how many of its answers the list no longer holds.
        Assert.Equal(1, report.GetProperty("erasedAnswers").GetInt32());
        Assert.Equal((2, 1), (firstWeek.GetProperty("answered").GetInt32(), firstWeek.GetProperty("erasedAnswers").GetInt32()));
        Assert.Equal((1, 0), (secondWeek.GetProperty("answered").GetInt32(), secondWeek.GetProperty("erasedAnswers").GetInt32()));
        Assert.Equal(0, paid.GetProperty("erasedAnswers").GetInt32());
    }

    [Fact]
    public async Task Report_refuses_a_time_of_day_it_cannot_honour_instead_of_counting_whole_days()
    {
        await using var host = AttributionHost.Start();
        await host.AnswerAsync("a", "a friend told me", AttributionSeed.Monday); // 09:00 UTC
        await host.AnswerAsync("b", "saw your ad on TV", AttributionSeed.Monday.AddHours(6));

        // Midnight in Paris is 23:00 UTC the day before: the report's days are UTC days, so it cannot start there.
        var paris = await host.Admin.GetAsync("/api/admin/attribution/report?from=2026-11-02T12:00:00%2B01:00");
        var list = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution?from=2026-11-02T12:00:00%2B01:00");
        var until = await host.Admin.GetAsync("/api/admin/attribution/report?to=2026-11-02T12:00:00Z");
        var midnight = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution/report?from=2026-11-02T00:00:00Z&to=2026-11-03");

        Assert.Equal(HttpStatusCode.BadRequest, paris.StatusCode);
        var problem = await paris.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("whole UTC days", problem.GetProperty("errors").GetProperty("from")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(1, list.GetProperty("total").GetInt32()); // the list and the export honour the time
        Assert.Equal(HttpStatusCode.BadRequest, until.StatusCode);
        Assert.Equal(2, midnight.GetProperty("answered").GetInt32());
    }
}
