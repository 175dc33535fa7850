using DarkSocialBot.Handoffs;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DarkSocialBot.Tests.Brand;

/// <summary>The agents' console (<c>/agent</c>) in a real browser, against the real host, with a customer on the web chat.</summary>
public sealed class AgentConsoleBrowserTests
{
    [BrowserFact]
    public async Task An_agent_finds_the_waiting_customer_reads_the_transcript_answers_and_hands_back_to_the_bot()
    {
        await using var host = ConsoleHost();
        using var http = host.CreateClient();
        var customer = await HandedOverAsync(http);
        await customer.SayAsync("my seat on ABC123 is broken");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync(playwright);
        var page = await OpenConsoleAsync(browser, http, agentName: "Sam");

        var waiting = page.Locator("#queue button", new() { HasText = "Agent" });
        await waiting.WaitForAsync();
        Assert.Equal(1, await page.Locator("#queue button").CountAsync());
        Assert.Equal("(1) DarkSocialBot — agents", await page.TitleAsync());
        await waiting.ClickAsync();
        await page.Locator("#transcript li.customer", new() { HasText = "my seat on ABC123 is broken" }).WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains(await page.Locator("#transcript li.customer").AllTextContentsAsync(), line => line.EndsWith("I want to speak to someone", StringComparison.Ordinal));
        Assert.StartsWith("negative (-", await page.Locator("#summary dt:text-is('Mood') + dd").TextContentAsync(), StringComparison.Ordinal);

        await page.FillAsync("#text", "Hi, I'm Sam. Let me look at that seat.");
        await page.PressAsync("#text", "Enter");
        var toCustomer = await customer.WaitForAsync(3);
        Assert.Equal("Hi, I'm Sam. Let me look at that seat.", WebChatCustomer.Text(toCustomer[2]));
        Assert.Equal("Sam", toCustomer[2].GetProperty("channelData").GetProperty("agentName").GetString());
        await page.Locator("#transcript li.agent", new() { HasText = "Let me look at that seat." }).WaitForAsync();

        await page.ClickAsync("#close");
        await page.Locator("#message", new() { HasText = "closed" }).WaitForAsync();
        var afterClose = await customer.WaitForAsync(4);
        Assert.StartsWith("Our colleague has closed this conversation.", WebChatCustomer.Text(afterClose[3]), StringComparison.Ordinal);
        await page.Locator("#queue li", new() { HasText = "No one is waiting for a person." }).WaitForAsync();
        Assert.True(await page.Locator("#text").IsDisabledAsync());
        Assert.Equal("DarkSocialBot — agents", await page.TitleAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "agent.png"), FullPage = true });

        // A refused key says so.
        await page.FillAsync("#key", "wrong");
        await page.ClickAsync("#settings button[type=submit]");
        await page.Locator("#message.error", new() { HasText = "That API key was refused." }).WaitForAsync();
    }

    /// <summary>Agents in France read the console in French (their browser's language), and one who prefers English switches.</summary>
    [BrowserFact]
    public async Task A_french_speaking_agent_gets_the_console_in_french_and_can_switch_it_to_english()
    {
        await using var host = ConsoleHost();
        using var http = host.CreateClient();
        var customer = await HandedOverAsync(http);
        await customer.SayAsync("mon siège est cassé");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "fr-FR" });
        await page.GotoAsync(new Uri(http.BaseAddress!, "/agent").AbsoluteUri);

        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("fr", await page.InputValueAsync("#language"));
        Assert.Equal("Clôturer : rendre la main au bot", await page.TextContentAsync("#close"));
        Assert.Equal("Écrire au client…", await page.GetAttributeAsync("#text", "placeholder"));
        await page.GetByLabel("Clé de l'API d'administration").FillAsync("wrong");
        await page.GetByRole(AriaRole.Button, new() { Name = "Actualiser" }).ClickAsync();
        await page.Locator("#message.error", new() { HasText = "Cette clé a été refusée." }).WaitForAsync();
        await page.GetByLabel("Clé de l'API d'administration").FillAsync("agent-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Actualiser" }).ClickAsync();

        var waiting = page.Locator("#queue button", new() { HasText = "demande un conseiller" });
        await waiting.WaitForAsync();
        Assert.Equal("(1) DarkSocialBot — conseillers", await page.TitleAsync());
        await waiting.ClickAsync();
        await page.Locator("#transcript li.customer", new() { HasText = "mon siège est cassé" }).WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal("demande un conseiller", await page.Locator("#summary dt:text-is('Motif') + dd").TextContentAsync());
        Assert.Equal("parler à un conseiller", await page.Locator("#summary dt:text-is('Demande') + dd").TextContentAsync());
        Assert.Matches(@"^\d+ messages? du client$", (await page.Locator("#summary dt:text-is('Depuis la prise en charge') + dd").TextContentAsync())!);
        Assert.StartsWith("client · ", await page.Locator("#transcript li.customer .meta").First.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("Conversation n° 1 affichée.", await page.TextContentAsync("#message"));

        await page.SelectOptionAsync("#language", "en");

        await page.Locator("#queue button", new() { HasText = "Agent" }).WaitForAsync();
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Close: hand back to the bot", await page.TextContentAsync("#close"));
        await page.Locator("#summary dt:text-is('Reason')").WaitForAsync();
        Assert.StartsWith("customer · ", await page.Locator("#transcript li.customer .meta").First.TextContentAsync(), StringComparison.Ordinal);
        // Remembered in this browser: the next visit is in English too.
        await page.ReloadAsync();
        Assert.Equal("Close: hand back to the bot", await page.TextContentAsync("#close"));
        Assert.Equal("en", await page.InputValueAsync("#language"));
    }

    /// <summary>An erased customer's transcript stayed on the agent's screen (refreshed every 5 s with "No handoff 1."), reply box open.</summary>
    [BrowserFact]
    public async Task When_the_customer_of_the_open_handoff_is_erased_the_console_drops_their_conversation_and_the_draft()
    {
        await using var host = ConsoleHost();
        using var http = host.CreateClient();
        var customer = await HandedOverAsync(http);
        await customer.SayAsync("my seat on ABC123 is broken");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync(playwright);
        var page = await OpenConsoleAsync(browser, http);
        await page.Locator("#queue button", new() { HasText = "Agent" }).ClickAsync();
        await page.Locator("#transcript li.customer", new() { HasText = "my seat on ABC123 is broken" }).WaitForAsync(new() { Timeout = 15_000 });
        await page.FillAsync("#text", "Hi, let me check your seat");

        using var admin = host.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", "agent-key");
        (await admin.DeleteAsync($"/api/admin/customers/web/web-user-{customer.ConversationId[..12]}")).EnsureSuccessStatusCode();

        await page.Locator("#message", new() { HasText = "#1 no longer exists" }).WaitForAsync(new() { Timeout = 15_000 });
        Assert.True(await page.Locator("#case").IsHiddenAsync());
        Assert.Equal(0, await page.Locator("#transcript li").CountAsync());
        Assert.Equal("", await page.InputValueAsync("#text"));
        await page.Locator("#queue li", new() { HasText = "No one is waiting for a person." }).WaitForAsync();
    }

    /// <summary>A draft stayed in the reply box when the agent opened another conversation, so Enter sent it to the wrong customer.</summary>
    [BrowserFact]
    public async Task A_draft_stays_with_its_conversation_when_the_agent_opens_another()
    {
        await using var host = ConsoleHost();
        using var http = host.CreateClient();
        var marie = await HandedOverAsync(http);
        var lucas = await HandedOverAsync(http);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync(playwright);
        var page = await OpenConsoleAsync(browser, http);
        await page.ClickAsync("#queue button[data-id='1']");
        await page.Locator("#title", new() { HasText = "#1 on web" }).WaitForAsync();
        await page.FillAsync("#text", "Marie, your seat 12A is confirmed");

        await page.ClickAsync("#queue button[data-id='2']");
        await page.Locator("#title", new() { HasText = "#2 on web" }).WaitForAsync();
        Assert.Equal("", await page.InputValueAsync("#text"));
        await page.PressAsync("#text", "Enter");
        await page.ClickAsync("#queue button[data-id='1']");
        await page.Locator("#title", new() { HasText = "#1 on web" }).WaitForAsync();
        Assert.Equal("Marie, your seat 12A is confirmed", await page.InputValueAsync("#text"));
        await page.PressAsync("#text", "Enter");

        Assert.Equal("Marie, your seat 12A is confirmed", WebChatCustomer.Text((await marie.WaitForAsync(3))[2]));
        await Task.Delay(1000);
        Assert.Equal(2, (await lucas.WaitForAsync(2)).Count);
    }

    /// <summary>The queue lists the 500 waiting longest; the title counted only those, and nothing said more were waiting.</summary>
    [BrowserFact]
    public async Task A_queue_longer_than_the_list_says_how_many_are_waiting()
    {
        await using var host = ConsoleHost();
        using var http = host.CreateClient();
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            db.Handoffs.AddRange(Enumerable.Range(0, 502).Select(i => new Handoff
            {
                ConversationKey = $"emulator:conv-{i}", ChannelId = "emulator", Reason = "Agent", Locale = "en-US",
                ConversationReference = "{}"u8.ToArray(), OpenedAt = DateTimeOffset.UtcNow.AddMinutes(i - 600),
            }));
            await db.SaveChangesAsync();
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync(playwright);
        var page = await OpenConsoleAsync(browser, http);

        await page.Locator("#queue li", new() { HasText = "502 waiting: the 500 waiting longest are shown." }).WaitForAsync();
        Assert.Equal(500, await page.Locator("#queue button").CountAsync());
        Assert.Equal("(502) DarkSocialBot — agents", await page.TitleAsync());
    }

    private static BotHostFactory ConsoleHost()
    {
        var host = new BotHostFactory(new Dictionary<string, string?> { ["Admin:ApiKeys:0"] = "agent-key" });
        host.UseKestrel(0);
        return host;
    }

    /// <summary>A web chat customer who asked for a person (the welcome, then the hand-over).</summary>
    private static async Task<WebChatCustomer> HandedOverAsync(HttpClient http)
    {
        var customer = await WebChatCustomer.StartAsync(http);
        await customer.WaitForAsync(1);
        await customer.SayAsync("I want to speak to someone");
        await customer.WaitForAsync(2);
        return customer;
    }

    /// <summary>The console, signed in with the agent key (and a name, when given).</summary>
    private static async Task<IPage> OpenConsoleAsync(IBrowser browser, HttpClient http, string? agentName = null)
    {
        var page = await browser.NewPageAsync(new() { Locale = "en-US" });
        await page.GotoAsync(new Uri(http.BaseAddress!, "/agent").AbsoluteUri);
        await page.FillAsync("#key", "agent-key");
        if (agentName is not null) await page.FillAsync("#agentName", agentName);
        await page.ClickAsync("#settings button[type=submit]");
        return page;
    }
}
