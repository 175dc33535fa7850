using DarkSocialBot.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DarkSocialBot.Tests.Broadcasts;

/// <summary>The broadcasts page (<c>/broadcasts</c>) in a real browser, against the real host and a local connector.</summary>
public sealed class BroadcastsPageBrowserTests
{
    [BrowserFact]
    public async Task The_brand_counts_an_audience_sends_a_campaign_and_follows_it_to_delivery()
    {
        await using var host = await BroadcastHost.StartAsync(kestrel: true);
        await host.ImportAsync(host.Subscriber("ana", "en", name: "Ana"), host.Subscriber("luc", "fr", name: "Luc"),
            host.Subscriber("bo", "en", name: "Bo"), host.Subscriber("news-only", "en", topic: "news"));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "en-US" });
        var asked = new List<string>();
        page.Dialog += async (_, dialog) => { asked.Add(dialog.Message); await dialog.AcceptAsync(); }; // "Send … now?"
        await page.GotoAsync(new Uri(host.Admin.BaseAddress!, "/broadcasts").AbsoluteUri);
        await page.FillAsync("#key", "test-key");
        await page.ClickAsync("#settings button[type=submit]");
        await page.Locator("#campaigns td.empty", new() { HasText = "No campaigns yet." }).WaitForAsync();

        await page.FillAsync("#topic", "offers");
        await page.ClickAsync("#count");
        await page.Locator("#audience", new() { HasText = "3 subscriber(s) with consent (en 2, fr 1)." }).WaitForAsync();

        // Without a message the API refuses, and says why.
        await page.FillAsync("#name", "Spring offers");
        await page.ClickAsync("#compose button[type=submit]");
        await page.Locator("#message.error", new() { HasText = "Give a message for at least one language" }).WaitForAsync();

        await page.FillAsync("#message-en", "Hello {{name}}, our spring offers are here.");
        await page.FillAsync("#message-fr", "Bonjour {{name}}, nos offres de printemps sont là.");
        await page.ClickAsync("#compose button[type=submit]");
        await Eventually.TrueAsync(() => Task.FromResult(asked.Count == 2)); // the page asked before sending
        await page.Locator("#message", new() { HasText = "Campaign #1 created" }).WaitForAsync();
        Assert.Equal("Send \"Spring offers\" to everyone in this segment who agreed to \"offers\", now?", asked[^1]);

        var sent = page.Locator("#figures .card", new() { HasText = "sent" }).Locator(".value");
        await Eventually.TrueAsync(async () => await sent.TextContentAsync() == "3");
        Assert.Equal("3", await page.Locator("#figures .card", new() { HasText = "audience" }).Locator(".value").TextContentAsync());
        var texts = (await host.Connector.WaitForRequestsAsync(3)).Select(r => r.Json.GetProperty("text").GetString()).Order().ToList();
        Assert.Equal(["Bonjour Luc, nos offres de printemps sont là.", "Hello Ana, our spring offers are here.", "Hello Bo, our spring offers are here."], texts);
        await page.Locator("#title", new() { HasText = "Completed" }).WaitForAsync(new() { Timeout = 15_000 });
        Assert.True(await page.Locator("#cancel").IsDisabledAsync());
        Assert.Equal(1, await page.Locator("#campaigns tbody tr", new() { HasText = "Spring offers" }).CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "broadcasts.png"), FullPage = true });
    }

    /// <summary>A campaign for tomorrow showed "0" audience, as if no one would get it: its audience is gathered when it starts.</summary>
    [BrowserFact]
    public async Task A_scheduled_campaign_says_its_audience_is_gathered_when_it_starts_not_zero()
    {
        await using var host = await BroadcastHost.StartAsync(kestrel: true);
        await host.ImportAsync(host.Subscriber("ana", "en", name: "Ana"), host.Subscriber("luc", "fr", name: "Luc"));
        var created = await host.CreateCampaignAsync(new
        {
            name = "Tomorrow", segment = new { topic = "offers" }, messages = new { en = "Hello {{name}}", fr = "Bonjour {{name}}" },
            sendAt = DateTimeOffset.UtcNow.AddDays(1).ToString("yyyy-MM-ddTHH:mm:ss+00:00", System.Globalization.CultureInfo.InvariantCulture),
        });

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "en-US" });
        await page.GotoAsync(new Uri(host.Admin.BaseAddress!, "/broadcasts").AbsoluteUri);
        await page.FillAsync("#key", "test-key");
        await page.ClickAsync("#settings button[type=submit]");
        var row = page.Locator("#campaigns tbody tr", new() { HasText = "Tomorrow" });
        await row.WaitForAsync();
        Assert.Equal("–", await row.Locator("td").Nth(4).TextContentAsync());
        await row.ClickAsync();
        var audience = page.Locator("#figures .card", new() { HasText = "audience" });
        await audience.WaitForAsync();

        Assert.Equal("–", await audience.Locator(".value").TextContentAsync());
        Assert.Equal("audience: gathered when it starts", await audience.Locator(".label").TextContentAsync());
        // Cancelled before it started: no one gets it, and the page says 0.
        (await host.Admin.PostAsync($"/api/admin/broadcasts/campaigns/{created.Id}/cancel", null)).EnsureSuccessStatusCode();
        await page.ClickAsync("#settings button[type=submit]");
        await page.Locator("#title", new() { HasText = "Cancelled" }).WaitForAsync();
        Assert.Equal("0", await page.Locator("#figures .card", new() { HasText = "audience" }).Locator(".value").TextContentAsync());
    }

    [BrowserFact]
    public async Task Subscribers_without_a_name_get_the_word_the_page_gives_for_name()
    {
        await using var host = await BroadcastHost.StartAsync(kestrel: true);
        await host.ImportAsync(host.Subscriber("ana", "en", name: "Ana"), host.Subscriber("nameless", "en") with { DisplayName = null },
            host.Subscriber("sans-nom", "fr") with { DisplayName = null });

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "en-US" });
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GotoAsync(new Uri(host.Admin.BaseAddress!, "/broadcasts").AbsoluteUri);
        await page.FillAsync("#key", "test-key");
        await page.FillAsync("#name", "Winter offers");
        await page.FillAsync("#topic", "offers");
        await page.FillAsync("#message-en", "Hello {{name}}, our winter offers are here.");
        await page.FillAsync("#message-fr", "Bonjour {{name}}, nos offres d'hiver sont là.");

        // Without the word, the API refuses and says what it needs: the page has the fields for it.
        await page.ClickAsync("#compose button[type=submit]");
        await page.Locator("#message.error", new() { HasText = "have no name for {{name}}" }).WaitForAsync();
        await page.GetByLabel("{{name}} for subscribers without a name, in English").FillAsync("there");
        await page.GetByLabel("{{name}} for subscribers without a name, in French").FillAsync("à vous");
        await page.ClickAsync("#compose button[type=submit]");
        await page.Locator("#message", new() { HasText = "Campaign #1 created" }).WaitForAsync();

        var texts = (await host.Connector.WaitForRequestsAsync(3)).Select(r => r.Json.GetProperty("text").GetString()).Order().ToList();
        Assert.Equal(["Bonjour à vous, nos offres d'hiver sont là.", "Hello Ana, our winter offers are here.", "Hello there, our winter offers are here."], texts);
    }

    [BrowserFact]
    public async Task A_campaign_held_for_quiet_hours_says_so_instead_of_only_queued()
    {
        var now = DateTimeOffset.UtcNow;
        await using var host = await BroadcastHost.StartAsync(new Dictionary<string, string?>
        {
            ["Broadcasts:QuietHoursStart"] = now.AddHours(-1).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["Broadcasts:QuietHoursEnd"] = now.AddHours(2).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        }, kestrel: true);
        await host.ImportAsync(host.Subscriber("sleeping", timeZone: "Etc/UTC"), host.Subscriber("asleep-too", timeZone: "Etc/UTC"));
        var created = await host.CreateCampaignAsync(BroadcastHost.Campaign());
        await host.WaitForAsync(created.Id, r => r.Deferred == 2);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "en-US" });
        await page.GotoAsync(new Uri(host.Admin.BaseAddress!, "/broadcasts").AbsoluteUri);
        await page.FillAsync("#key", "test-key");
        await page.ClickAsync("#settings button[type=submit]");
        await page.ClickAsync($"#campaigns tbody tr[data-id='{created.Id}']");

        await page.Locator("#figures .card", new() { HasText = "held for quiet hours" }).WaitForAsync();
        Assert.Equal("2", await page.Locator("#figures .card", new() { HasText = "held for quiet hours" }).Locator(".value").TextContentAsync());
        Assert.Equal("2", await page.Locator("#figures .card", new() { HasText = "queued" }).Locator(".value").TextContentAsync());
    }

    /// <summary>The brand's team in France gets the page in French (the browser's language): words, figures, statuses and the API's refusals.</summary>
    [BrowserFact]
    public async Task A_french_speaking_marketer_gets_the_broadcasts_page_and_the_refusals_in_french()
    {
        await using var host = await BroadcastHost.StartAsync(kestrel: true);
        await host.ImportAsync(host.Subscriber("ana", "en", name: "Ana"), host.Subscriber("bo", "en", name: "Bo"), host.Subscriber("luc", "fr", name: "Luc"));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "fr-FR" });
        var asked = new List<string>();
        page.Dialog += async (_, dialog) => { asked.Add(dialog.Message); await dialog.AcceptAsync(); };
        await page.GotoAsync(new Uri(host.Admin.BaseAddress!, "/broadcasts").AbsoluteUri);
        Assert.Equal("DarkSocialBot — diffusions", await page.TitleAsync());
        await page.GetByLabel("Clé de l'API d'administration").FillAsync("test-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher les campagnes" }).ClickAsync();
        await page.Locator("#campaigns td.empty", new() { HasText = "Aucune campagne pour l'instant." }).WaitForAsync();

        await page.GetByLabel("Sujet", new() { Exact = true }).FillAsync("offers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compter l'audience" }).ClickAsync();
        await page.Locator("#audience", new() { HasText = "3 abonné(s) consentant(s) (en 2, fr 1)." }).WaitForAsync();

        // Refused by the API: said in French from each field's code.
        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync("Offres de printemps");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer et envoyer" }).ClickAsync();
        await page.Locator("#message.error", new() { HasText = "Écrivez le message dans au moins une langue." }).WaitForAsync();
        await page.GetByLabel("Message en anglais").FillAsync("Hello {{name}}, our spring offers are here.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer et envoyer" }).ClickAsync();
        await page.Locator("#message.error", new() { HasText = "Des abonnés du segment parlent cette langue" }).WaitForAsync();
        Assert.Equal("Envoyer « Offres de printemps » à tous les abonnés de ce segment qui ont accepté « offers », maintenant ?", asked[^1]);

        await page.GetByLabel("Message en français").FillAsync("Bonjour {{name}}, nos offres de printemps sont là.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer et envoyer" }).ClickAsync();
        await page.Locator("#message", new() { HasText = "Campagne n° 1 créée" }).WaitForAsync();
        await page.Locator("#title", new() { HasText = "terminée" }).WaitForAsync(new() { Timeout = 15_000 });
        var sent = page.Locator("#figures .card", new() { HasText = "envoyés" }).Locator(".value");
        await Eventually.TrueAsync(async () => await sent.TextContentAsync() == "3");
        Assert.Equal("terminée", await page.Locator("#campaigns tbody tr td").Nth(2).TextContentAsync());
        Assert.Matches(@"^\d{1,2} \p{L}+\.? \d{4},? (à )?\d{2}:\d{2}$", (await page.Locator("#campaigns tbody tr td").Nth(3).TextContentAsync())!.Replace('\u202f', ' '));

        // A move the API refuses (the campaign is over): in French too.
        await page.EvaluateAsync("document.getElementById('resume').disabled = false");
        await page.ClickAsync("#resume");
        await page.Locator("#message.error", new() { HasText = "La campagne n° 1 est terminée, pas suspendue" }).WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "broadcasts-fr.png"), FullPage = true });

        await page.SelectOptionAsync("#language", "en");
        await page.Locator("#campaigns tbody tr td", new() { HasText = "Completed" }).WaitForAsync();
        Assert.Equal("Create and send", await page.TextContentAsync("#compose button[type=submit]"));
    }
}
