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
}
