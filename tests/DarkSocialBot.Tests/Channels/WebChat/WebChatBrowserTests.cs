using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DarkSocialBot.Tests.Channels.WebChat;

/// <summary>The try-it-locally page in a real browser against the real host on Kestrel.</summary>
public sealed class WebChatBrowserTests
{
    [BrowserFact]
    public async Task A_person_can_chat_with_the_bot_in_a_browser()
    {
        await using var host = new BotHostFactory();
        host.UseKestrel(0);
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "en-US" });
        await page.GotoAsync(address);

        await page.Locator("li.bot").First.WaitForAsync(new() { Timeout = 15_000 }); // the welcome
        var before = await page.Locator("li.bot").CountAsync();
        await page.FillAsync("#text", "hello there");
        await page.PressAsync("#text", "Enter");
        await page.Locator("li.user", new() { HasText = "hello there" }).WaitForAsync();
        await page.Locator("li.bot").Nth(before).WaitForAsync(new() { Timeout = 15_000 });

        Assert.Equal("online", await page.TextContentAsync("#status"));
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("li.bot").Nth(before).TextContentAsync()));
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "webchat.png") });
    }

    [BrowserFact]
    public async Task During_a_handoff_the_customer_sees_who_from_the_team_is_writing()
    {
        await using var host = new BotHostFactory(new Dictionary<string, string?> { ["Admin:ApiKeys:0"] = "agent-key" });
        host.UseKestrel(0);
        using var admin = host.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "agent-key");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "en-US" });
        await page.GotoAsync(admin.BaseAddress!.AbsoluteUri);
        await page.Locator("li.bot").First.WaitForAsync(new() { Timeout = 15_000 }); // the welcome
        await page.FillAsync("#text", "I want to speak to someone");
        await page.PressAsync("#text", "Enter");
        await page.Locator("li.bot", new() { HasText = "I've passed our conversation to a colleague" }).WaitForAsync(new() { Timeout = 15_000 });

        var handoff = Assert.Single((await admin.GetFromJsonAsync<List<JsonElement>>("/api/admin/handoffs"))!);
        var sent = await admin.PostAsJsonAsync($"/api/admin/handoffs/{handoff.GetProperty("id").GetInt64()}/messages",
            new { text = "Hi, I'm Sam. How can I help?", agentName = "Sam" });
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);

        var fromAgent = page.Locator("li.agent", new() { HasText = "How can I help?" });
        await fromAgent.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal("Sam", await fromAgent.Locator(".who").TextContentAsync());
        Assert.Equal(0, await page.Locator("li.agent", new() { HasText = "I've passed our conversation" }).CountAsync()); // the bot's own lines are not marked
    }
}
