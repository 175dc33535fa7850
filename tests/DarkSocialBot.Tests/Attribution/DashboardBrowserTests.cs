using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Tests.Infrastructure;
using DarkSocialBot.Tests.Privacy;
using Microsoft.Playwright;

namespace DarkSocialBot.Tests.Attribution;

/// <summary>The marketers' dashboard (<c>/dashboard</c>) in a real browser, against the real host and its report API.</summary>
public sealed class DashboardBrowserTests
{
    [BrowserFact]
    public async Task A_marketer_sees_the_report_the_api_gives_and_downloads_the_export_with_pseudonyms_only()
    {
        await using var host = AttributionHost.Start(kestrel: true);
        await PrivacyChatTests.HistoryAsync(host, "ana"); // a private share on WhatsApp, with how she felt about it
        await host.AnswerAsync("bob", "chatgpt");
        var report = await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution/report");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync(playwright);
        // A marketer in Paris: times are shown in UTC, the days the date filters and the API use.
        var page = await browser.NewPageAsync(new() { Locale = "en-US", AcceptDownloads = true, TimezoneId = "Europe/Paris" });
        await page.GotoAsync(new Uri(host.Admin.BaseAddress!, "/dashboard").AbsoluteUri);

        // A wrong key: refused, nothing shown.
        await page.FillAsync("#key", "not-the-key");
        await page.ClickAsync("button[type=submit]");
        await page.Locator("#message.error", new() { HasText = "That API key was refused." }).WaitForAsync();
        Assert.True(await page.Locator("#report").IsHiddenAsync());

        await page.FillAsync("#key", AttributionHost.AdminKey);
        await page.ClickAsync("button[type=submit]");
        await page.Locator("#report").WaitForAsync();

        Assert.Equal("2", await page.TextContentAsync("#answered"));
        Assert.Equal("50%", await page.TextContentAsync("#darkShare"));
        Assert.Equal(report.GetProperty("asked").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), await page.TextContentAsync("#asked"));
        var sources = await page.Locator("#bySource tbody tr td:first-child").AllTextContentsAsync();
        Assert.Equal(report.GetProperty("bySource").EnumerateArray().Select(s => s.GetProperty("source").GetString()), sources);
        Assert.Contains("AI_ASSISTANT", sources);
        var darkRow = page.Locator("#bySource tbody tr", new() { HasText = "dark" });
        Assert.Matches(@"^\+\d\.\d\d \(1\)$", (await darkRow.Locator("td").Nth(4).TextContentAsync())!); // her feelings about the share

        // Their own words, newest first: what each customer answered and said about the share.
        await page.Locator("#answers tbody tr", new() { HasText = "chatgpt" }).WaitForAsync();
        Assert.Equal(2, await page.Locator("#answers tbody tr").CountAsync());
        Assert.Equal("2 in all", await page.TextContentAsync("#answerCount"));
        var shared = page.Locator("#answers tbody tr", new() { HasText = "WhatsApp" });
        Assert.Equal("\"she loved it\" (positive)", await shared.Locator("td").Nth(4).TextContentAsync());
        var items = (await host.Admin.GetFromJsonAsync<JsonElement>("/api/admin/attribution")).GetProperty("items").EnumerateArray();
        var answeredAt = items.Single(i => i.GetProperty("answer").GetString()!.Contains("WhatsApp", StringComparison.Ordinal)).GetProperty("answeredAt").GetDateTimeOffset();
        // In her language's format (en-US: "Dec 8, 2026, 1:05 AM"), still in UTC.
        Assert.Equal(answeredAt.UtcDateTime.ToString("MMM d, yyyy, h:mm tt", System.Globalization.CultureInfo.InvariantCulture) + " UTC",
            (await shared.Locator("td").Nth(0).TextContentAsync())!.Replace('\u202f', ' '));
        Assert.True(await page.Locator("#more").IsHiddenAsync());

        // A filter the API refuses: its reason, in the page.
        await page.FillAsync("#from", "2026-12-10");
        await page.FillAsync("#to", "2026-12-01");
        await page.ClickAsync("button[type=submit]");
        await page.Locator("#message.error", new() { HasText = "'to' must be after 'from'." }).WaitForAsync();
        Assert.True(await page.Locator("#report").IsHiddenAsync()); // figures that do not match the filters are not left on screen
        await page.FillAsync("#from", "");
        await page.FillAsync("#to", "");
        await page.ClickAsync("button[type=submit]");
        await page.Locator("#report").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "dashboard.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#csv"));
        // Streamed from a signed link, not fetched into the page's memory first (a blob: URL).
        Assert.StartsWith("/api/admin/attribution/export?", new Uri(download.Url).PathAndQuery, StringComparison.Ordinal);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("attribution-", download.SuggestedFilename, StringComparison.Ordinal);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\"id\",\"customer\",\"chat_channel\"", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.DoesNotContain("ana", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("+33", csv, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task A_marketer_in_france_downloads_a_csv_her_excel_splits_into_columns()
    {
        await using var host = AttributionHost.Start(kestrel: true);
        await host.AnswerAsync("chloe", "une amie m'en a parlé");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "fr-FR", AcceptDownloads = true });
        await page.GotoAsync(new Uri(host.Admin.BaseAddress!, "/dashboard").AbsoluteUri);
        await page.FillAsync("#key", AttributionHost.AdminKey);

        // Excel in French splits on semicolons: the page (in French, her browser's language) offers them by default.
        Assert.Equal("semicolon", await page.GetByLabel("CSV pour Excel en").InputValueAsync());
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#csv"));
        var lines = (await File.ReadAllTextAsync((await download.PathAsync())!)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\"id\";\"customer\";\"chat_channel\";", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"une amie m'en a parlé\"", lines[1], StringComparison.Ordinal);

        // A colleague with an English Excel chooses commas.
        await page.GetByLabel("CSV pour Excel en").SelectOptionAsync("comma");
        download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#csv"));
        Assert.StartsWith("\"id\",\"customer\",", await File.ReadAllTextAsync((await download.PathAsync())!), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Older_answers_come_from_the_filters_on_screen_not_from_fields_edited_since()
    {
        await using var host = AttributionHost.Start(kestrel: true);
        for (var i = 0; i < 26; i++) await host.AnswerAsync($"customer-{i}", "chatgpt");
        await host.AnswerAsync("chloe", "une amie m'en a parlé");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "en-US" });
        await page.GotoAsync(new Uri(host.Admin.BaseAddress!, "/dashboard").AbsoluteUri);
        await page.FillAsync("#key", AttributionHost.AdminKey);
        await page.ClickAsync("button[type=submit]");
        await page.Locator("#answerCount", new() { HasText = "27 in all" }).WaitForAsync();
        Assert.Equal(25, await page.Locator("#answers tbody tr").CountAsync());

        // She picks French but reads on before pressing "Show": the older answers are those of the figures on screen.
        await page.SelectOptionAsync("#answerLanguage", "fr");
        await page.ClickAsync("#more");
        await Eventually.TrueAsync(async () => await page.Locator("#answers tbody tr").CountAsync() == 27);
        Assert.Equal("27 in all", await page.TextContentAsync("#answerCount"));
        Assert.True(await page.Locator("#more").IsHiddenAsync());
    }

    [BrowserFact]
    public async Task After_an_erasure_the_page_says_why_the_report_counts_more_answers_than_the_list_shows()
    {
        await using var host = AttributionHost.Start(kestrel: true);
        await host.AnswerAsync("ana", "a friend told me");
        await host.AnswerAsync("bob", "chatgpt");
        await host.AnswerAsync("chloe", "une amie m'en a parlé");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "en-US" });
        await page.GotoAsync(new Uri(host.Admin.BaseAddress!, "/dashboard").AbsoluteUri);
        await page.FillAsync("#key", AttributionHost.AdminKey);
        await page.ClickAsync("button[type=submit]");
        await page.Locator("#answerCount", new() { HasText = "3 in all" }).WaitForAsync();
        Assert.True(await page.Locator("#erased").IsHiddenAsync());

        (await host.Admin.DeleteAsync("/api/admin/customers/emulator/ana")).EnsureSuccessStatusCode();
        await page.ClickAsync("button[type=submit]");
        await page.Locator("#answerCount", new() { HasText = "2 in all" }).WaitForAsync();

        Assert.Equal("3", await page.TextContentAsync("#answered"));
        Assert.Equal("1 of these 3 answers came from customers whose data has since been erased at their request: they stay in these "
            + "figures as anonymous daily counts (no customer, no words), and are no longer in \"What customers said\" below.",
            await page.Locator("#erased").TextContentAsync());
        Assert.True(await page.Locator("#erased").IsVisibleAsync());
    }

    /// <summary>A marketer in France reads the dashboard in French (her browser's language), dates and numbers her way, refusals too.</summary>
    [BrowserFact]
    public async Task A_french_speaking_marketer_gets_the_dashboard_in_french_and_can_switch_it_to_english()
    {
        await using var host = AttributionHost.Start(kestrel: true);
        await host.AnswerAsync("chloe", "une amie m'en a parlé");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "fr-FR" });
        await page.GotoAsync(new Uri(host.Admin.BaseAddress!, "/dashboard").AbsoluteUri);

        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("fr", await page.InputValueAsync("#language"));
        Assert.Equal("DarkSocialBot — attribution", await page.TitleAsync());
        await page.GetByLabel("Clé de l'API d'administration").FillAsync(AttributionHost.AdminKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        await page.Locator("#answerCount", new() { HasText = "1 au total" }).WaitForAsync();

        Assert.Equal("100 %", Spaces(await page.TextContentAsync("#darkShare")));
        Assert.Equal("dark social (partages privés)", await page.Locator(".card.dark .label").TextContentAsync());
        Assert.Equal("dark social", await page.Locator("#byClass tbody td").First.TextContentAsync());
        // Dates in French ("8 déc. 2026"), in UTC.
        Assert.Matches(@"^\d{1,2} \p{L}+\.? \d{4}$", Spaces(await page.Locator("#weekly tbody td").First.TextContentAsync()));
        Assert.Matches(@"^\d{1,2} \p{L}+\.? \d{4},? (à )?\d{2}:\d{2} UTC$", Spaces(await page.Locator("#answers tbody td").First.TextContentAsync()));
        Assert.Equal("Ce que les clients ont dit", await page.Locator("h2 span[data-text=said]").TextContentAsync());

        // A filter the API refuses: the reason in French, from its code.
        await page.FillAsync("#from", "2026-12-10");
        await page.FillAsync("#to", "2026-12-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        await page.Locator("#message.error", new() { HasText = "La date de fin doit suivre la date de début." }).WaitForAsync();
        await page.FillAsync("#from", "");
        await page.FillAsync("#to", "");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        await page.Locator("#answerCount", new() { HasText = "1 au total" }).WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "dashboard-fr.png"), FullPage = true });

        await page.SelectOptionAsync("#language", "en");
        await page.Locator("#answerCount", new() { HasText = "1 in all" }).WaitForAsync();
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("100%", await page.TextContentAsync("#darkShare"));
        Assert.Equal("Week by week", await page.Locator("h2[data-text=weekly]").TextContentAsync());
        // Remembered in this browser, for the other admin pages too.
        await page.GotoAsync(new Uri(host.Admin.BaseAddress!, "/broadcasts").AbsoluteUri);
        Assert.Equal("Show campaigns", await page.TextContentAsync("#settings button[type=submit]"));
    }

    /// <summary>Chromium writes French numbers and dates with narrow no-break spaces: compared here with plain ones.</summary>
    private static string Spaces(string? text) => (text ?? "").Replace('\u202f', ' ').Replace('\u00a0', ' ');
}
