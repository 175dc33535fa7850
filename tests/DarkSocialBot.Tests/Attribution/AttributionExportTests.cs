using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsvHelper;
using DarkSocialBot.Core.Attribution;
using DarkSocialBot.Core.Privacy;

namespace DarkSocialBot.Tests.Attribution;

public sealed class AttributionExportTests
{
    private static readonly string[] Attacks =
    [
        "=cmd|' /C calc'!A0",
        "@SUM(1+1) my friend told me",
        "+33 6 12 34 56 78 my friend Marie, write to marie.dupont@example.com",
        "-2+3 saw an ad on TV",
        "<script>alert('x')</script> a friend sent it on WhatsApp",
        "'; DROP TABLE attribution_answers; -- my colleague told me",
        "\"quoted\", with commas\nand a line break, from a podcast",
    ];

    [Fact]
    public async Task Csv_export_is_rfc4180_with_bom_and_crlf_and_parses_back_to_the_listed_rows()
    {
        await using var host = await SeededHostAsync();

        var response = await host.Admin.GetAsync("/api/admin/attribution/export?format=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var list = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution?pageSize=500");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("\"id\",\"customer\",", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"\r\n\"", text, StringComparison.Ordinal);

        var rows = Parse(bytes);
        var items = list.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(items.Count, rows.Count);
        foreach (var row in rows)
        {
            var item = items[row["id"]];
            Assert.Equal(item.GetProperty("customer").GetString(), row["customer"]);
            Assert.Equal(item.GetProperty("source").GetString(), row["source"]);
            Assert.Equal(CsvSafety.Neutralize(item.GetProperty("answer").GetString()), row["answer"]);
            Assert.Equal(AttributionClassifier.Version, row["version"]);
        }
    }

    [Fact]
    public async Task Csv_export_neutralises_formula_injection_and_strips_phone_numbers_and_emails()
    {
        await using var host = await SeededHostAsync();

        var bytes = await host.Admin.GetByteArrayAsync("/api/admin/attribution/export?format=csv");
        var rows = Parse(bytes);
        var body = Encoding.UTF8.GetString(bytes);

        Assert.All(rows.SelectMany(r => r.Values), cell => Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0]), $"dangerous cell: {cell}"));
        Assert.Contains(rows, r => r["answer"] == "'=cmd|' /C calc'!A0");
        Assert.Contains(rows, r => r["answer"].StartsWith("'@SUM(1+1)", StringComparison.Ordinal));
        Assert.Contains(rows, r => r["answer"].Contains("\"quoted\", with commas\nand a line break", StringComparison.Ordinal));
        Assert.DoesNotContain("12 34 56 78", body, StringComparison.Ordinal);
        Assert.DoesNotContain("marie.dupont@example.com", body, StringComparison.Ordinal);
        Assert.Contains(rows, r => r["answer"].Contains("[phone]", StringComparison.Ordinal) && r["answer"].Contains("[email]", StringComparison.Ordinal));
        Assert.Equal(Attacks.Length + 1, await host.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.AttributionAnswers)));
    }

    [Fact]
    public async Task Exports_leave_out_the_names_and_handles_of_the_people_customers_mention()
    {
        await using var host = AttributionHost.Start();
        await host.AnswerAsync("ana", "my colleague Paul Martin told me", "he said the crew were lovely, ask him on @paulmartin");
        await host.AnswerAsync("luc", "ma copine Julie Bernard m'en a parlé sur WhatsApp");

        var csv = Encoding.UTF8.GetString(await host.Admin.GetByteArrayAsync("/api/admin/attribution/export?format=csv"));
        var jsonl = await host.Admin.GetStringAsync("/api/admin/attribution/export?format=jsonl");
        var rows = Parse(Encoding.UTF8.GetBytes(csv));

        foreach (var identifying in new[] { "Paul", "Martin", "@paulmartin", "Julie", "Bernard" })
        {
            Assert.DoesNotContain(identifying, csv, StringComparison.Ordinal);
            Assert.DoesNotContain(identifying, jsonl, StringComparison.Ordinal);
        }
        Assert.Contains(rows, r => (r["answer"], r["source"], r["share_comment"]) == ("my colleague [name] told me", "WOM_COLLEAGUE", "he said the crew were lovely, ask him on [handle]"));
        Assert.Contains(rows, r => (r["answer"], r["source"]) == ("ma copine [name] m'en a parlé sur WhatsApp", "MSG_WHATSAPP"));
    }

    [Fact]
    public async Task Customers_appear_as_stable_keyed_pseudonyms_never_as_their_ids()
    {
        await using var host = await SeededHostAsync();
        var expected = Pseudonymizer.FromBase64(AttributionHost.PseudonymKey).Pseudonymize($"{AttributionHost.Channel}:customer-0");
        var otherKey = new Pseudonymizer(new byte[32]).Pseudonymize($"{AttributionHost.Channel}:customer-0");

        var first = Parse(await host.Admin.GetByteArrayAsync("/api/admin/attribution/export?format=csv"));
        var second = Parse(await host.Admin.GetByteArrayAsync("/api/admin/attribution/export?format=csv&source=OTHER"));
        var body = Encoding.UTF8.GetString(await host.Admin.GetByteArrayAsync("/api/admin/attribution/export?format=jsonl"));

        Assert.Contains(first, r => r["customer"] == expected);
        Assert.All(first, r => Assert.Matches("^[a-z2-7]{26}$", r["customer"]));
        Assert.All(second, r => Assert.Equal(first.Single(f => f["id"] == r["id"])["customer"], r["customer"]));
        Assert.NotEqual(expected, otherKey);
        Assert.DoesNotContain("customer-", body, StringComparison.Ordinal);
        Assert.DoesNotContain("customer-", Encoding.UTF8.GetString(await host.Admin.GetByteArrayAsync("/api/admin/attribution/export")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jsonl_export_has_one_json_object_per_answer_written_in_utf8_as_customers_wrote_it()
    {
        await using var host = await SeededHostAsync();
        await host.AnswerAsync("customer-fr", "Une amie m'a envoyé le lien sur WhatsApp, génial 😊", AttributionSeed.Monday.AddDays(2), language: "fr");

        var response = await host.Admin.GetAsync("/api/admin/attribution/export?format=jsonl&class=dark");
        var body = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Equal("dark", JsonDocument.Parse(line).RootElement.GetProperty("class").GetString()));
        // Accents and emoji as they are (not \u00E9 or \uD83D\uDE0A), and JSON still: each line reads back to the same text.
        Assert.Contains("envoyé le lien sur WhatsApp, génial 😊", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\\uD83D", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(lines, l => JsonDocument.Parse(l).RootElement.GetProperty("answer").GetString() == "Une amie m'a envoyé le lien sur WhatsApp, génial 😊");
        // Markup is text in a download that no browser renders (an attachment, never sniffed as a page).
        Assert.Contains(lines, l => JsonDocument.Parse(l).RootElement.GetProperty("answer").GetString()!.StartsWith("<script>", StringComparison.Ordinal));
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task The_api_answers_json_in_utf8_as_written_so_a_customers_export_keeps_their_accents()
    {
        await using var host = AttributionHost.Start();
        await host.AnswerAsync("zoé", "Mon frère me l'a conseillé 👍", AttributionSeed.Monday, language: "fr");

        var body = Encoding.UTF8.GetString(await host.Admin.GetByteArrayAsync("/api/admin/customers/emulator/zo%C3%A9/export"));

        Assert.Contains("\"answer\":\"Mon frère me l'a conseillé 👍\"", body, StringComparison.Ordinal);
        Assert.Contains("\"userId\":\"zoé\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_export_for_excel_in_french_is_separated_by_semicolons_and_parses_back_to_the_same_rows()
    {
        await using var host = await SeededHostAsync();
        await host.AnswerAsync("customer-fr", "une amie m'en a parlé ; elle adore", AttributionSeed.Monday.AddDays(2), "fr");

        var comma = Parse(await host.Admin.GetByteArrayAsync("/api/admin/attribution/export?format=csv"));
        var bytes = await host.Admin.GetByteArrayAsync("/api/admin/attribution/export?format=csv&separator=semicolon");
        var wrong = await host.Admin.GetAsync("/api/admin/attribution/export?format=csv&separator=tab");

        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("\"id\";\"customer\";\"chat_channel\";", text, StringComparison.Ordinal);
        var rows = Parse(bytes, ';');
        Assert.Equal(comma.Count, rows.Count);
        Assert.Equal(comma.Select(r => (r["id"], r["answer"], r["confidence"])), rows.Select(r => (r["id"], r["answer"], r["confidence"])));
        Assert.Contains(rows, r => r["answer"] == "une amie m'en a parlé ; elle adore");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("'separator' must be comma or semicolon", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<AttributionHost> SeededHostAsync()
    {
        var host = AttributionHost.Start();
        for (var i = 0; i < Attacks.Length; i++) await host.AnswerAsync($"customer-{i}", Attacks[i], AttributionSeed.Monday.AddHours(i));
        await host.AnswerAsync("customer-last", "my friend sent me the link on WhatsApp", AttributionSeed.Monday.AddDays(1), shareComment: "=HYPERLINK(\"http://evil\")");
        return host;
    }

    private static List<Dictionary<string, string>> Parse(byte[] csv, char separator = ',')
    {
        using var reader = CsvReader.Create(csv, CsvReaderOptions.Default with { HasHeader = true, Separator = separator });
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
            rows.Add(reader.Headers.Select((name, index) => (name, index)).ToDictionary(h => h.name, h => reader.GetString(h.index)));
        Assert.Equal(AttributionExportColumns, reader.Headers);
        return rows;
    }

    private static readonly string[] AttributionExportColumns = DarkSocialBot.Attribution.AttributionExport.Columns;
}
