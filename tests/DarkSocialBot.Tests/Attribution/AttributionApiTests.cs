using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace DarkSocialBot.Tests.Attribution;

public sealed class AttributionApiTests
{
    [Theory]
    [InlineData("POST", "/api/admin/attribution/classify")]
    [InlineData("POST", "/api/admin/sentiment")]
    [InlineData("GET", "/api/admin/attribution")]
    [InlineData("GET", "/api/admin/attribution/report")]
    [InlineData("GET", "/api/admin/attribution/export?format=csv")]
    [InlineData("POST", "/api/admin/attribution/reclassify")]
    [InlineData("GET", "/api/admin/customers/emulator/user-1/export")]
    [InlineData("DELETE", "/api/admin/customers/emulator/user-1")]
    public async Task Every_attribution_and_privacy_endpoint_returns_401_without_a_key(string method, string path)
    {
        await using var host = AttributionHost.Start();
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method is "POST" ? new StringContent("{\"text\":\"a friend\"}", Encoding.UTF8, "application/json") : null,
        };

        var response = await host.Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("pageSize=1000000000", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=-3", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("from=2026-11-10&to=2026-11-01", "to")]
    [InlineData("from=yesterday", "from")]
    [InlineData("from=1200-01-01", "from")]
    [InlineData("class=purple", "class")]
    [InlineData("source=DROP_TABLE", "source")]
    [InlineData("channel=what%27s%20up", "channel")]
    public async Task Absurd_filters_are_refused_with_a_400_naming_the_filter(string query, string field)
    {
        await using var host = AttributionHost.Start();

        foreach (var path in new[] { "/api/admin/attribution", "/api/admin/attribution/report", "/api/admin/attribution/export" })
        {
            var response = await host.Admin.GetAsync($"{path}?{query}");
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var reasons), $"{path}?{query}: {problem}");
            Assert.False(string.IsNullOrWhiteSpace(reasons[0].GetString()));
        }
    }

    [Fact]
    public async Task Export_refuses_an_unknown_format()
    {
        await using var host = AttributionHost.Start();

        var response = await host.Admin.GetAsync("/api/admin/attribution/export?format=xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("csv or jsonl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>An answer or a comment cut at its 1,000-character limit kept half an emoji (stored as U+FFFD on SQLite).</summary>
    [Fact]
    public async Task A_long_answer_and_comment_are_cut_at_their_limit_without_half_an_emoji()
    {
        await using var host = AttributionHost.Start();
        var text = new string('a', 999) + "😀 my friend sent it on WhatsApp";

        await host.AnswerAsync("a", text, AttributionSeed.Monday, shareComment: text);

        var item = Assert.Single((await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution"))!.GetProperty("items").EnumerateArray());
        Assert.Equal(new string('a', 999), item.GetProperty("answer").GetString());
        Assert.Equal(new string('a', 999), item.GetProperty("shareComment").GetString());
    }

    [Fact]
    public async Task List_filters_by_class_source_language_and_dates_and_pages()
    {
        await using var host = AttributionHost.Start();
        await host.AnswerAsync("a", "my friend told me about you", AttributionSeed.Monday);
        await host.AnswerAsync("b", "un ami m'a envoyé le lien sur WhatsApp", AttributionSeed.Monday.AddDays(1), "fr");
        await host.AnswerAsync("c", "saw your ad on TV", AttributionSeed.Monday.AddDays(2));
        await host.AnswerAsync("d", "I asked ChatGPT", AttributionSeed.Monday.AddDays(10));

        var dark = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution?class=dark");
        var french = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution?language=fr&source=msg_whatsapp");
        var firstWeek = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution?from=2026-11-02&to=2026-11-08&pageSize=2&page=2");

        Assert.Equal(2, dark.GetProperty("total").GetInt32());
        Assert.All(dark.GetProperty("items").EnumerateArray(), i => Assert.Equal("dark", i.GetProperty("class").GetString()));
        Assert.Equal("whatsapp", Assert.Single(french.GetProperty("items").EnumerateArray()).GetProperty("channel").GetString());
        Assert.Equal(3, firstWeek.GetProperty("total").GetInt32());
        Assert.Equal("WOM_FRIEND", Assert.Single(firstWeek.GetProperty("items").EnumerateArray()).GetProperty("source").GetString());
    }

    [Fact]
    public async Task OpenApi_document_names_and_summarises_every_attribution_and_privacy_endpoint()
    {
        await using var host = AttributionHost.Start();

        using var document = JsonDocument.Parse(await host.Anonymous.GetStringAsync("/openapi/v1.json"));
        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Path: path.Name, Op: op.Value))).ToList();

        foreach (var id in new[] { "ClassifyAnswer", "ScoreSentiment", "ListAttributionAnswers", "AttributionReport", "ExportAttributionAnswers",
                     "ReclassifyAttributionAnswers", "ExportCustomerData", "EraseCustomerData" })
        {
            var operation = Assert.Single(operations, o => o.Op.TryGetProperty("operationId", out var op) && op.GetString() == id);
            Assert.False(string.IsNullOrWhiteSpace(operation.Op.GetProperty("summary").GetString()));
        }
        var list = Assert.Single(operations, o => o.Op.TryGetProperty("operationId", out var op) && op.GetString() == "ListAttributionAnswers");
        Assert.Contains(list.Op.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "pageSize");
    }
}
