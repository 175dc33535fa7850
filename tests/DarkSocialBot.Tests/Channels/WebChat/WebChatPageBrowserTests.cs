using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DarkSocialBot.Tests.Channels.WebChat;

/// <summary>What a customer meets on the chat page beyond a plain exchange: links, reloads, outages, keyboard, language.</summary>
public sealed class WebChatPageBrowserTests
{
    private const int ReplyTimeout = 15_000;

    [BrowserFact]
    public async Task The_boarding_pass_in_a_reply_is_a_link_and_a_card_button_the_customer_can_open()
    {
        await using var chat = await ChatHost.StartAsync();
        var page = await chat.OpenAsync();

        await SayAsync(page, "boarding pass for booking GHI321, name Smith");
        await page.Locator("li.bot", new() { HasText = "Boarding pass:" }).WaitForAsync(new() { Timeout = ReplyTimeout });

        var reply = page.Locator("li.bot", new() { HasText = "Boarding pass:" });
        var links = await reply.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.Equal(2, links.Length); // the address in the text and the card's "Open boarding pass" button
        Assert.All(links, href => Assert.Contains("/boarding-pass/", href, StringComparison.Ordinal));
        Assert.Contains("NM 880", await reply.Locator(".card strong").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("Open boarding pass", (await reply.Locator(".card a").TextContentAsync())?.Trim());
    }

    [BrowserFact]
    public async Task Pasted_html_and_script_are_shown_as_text_and_only_web_addresses_become_links()
    {
        await using var chat = await ChatHost.StartAsync();
        var page = await chat.OpenAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        const string pasted = """<script>alert(1)</script><img src=x onerror=alert(2)> <a href="javascript:alert(3)">x</a> see https://example.com/ok.""";

        await SayAsync(page, pasted);
        await page.Locator("li.bot").Nth(1).WaitForAsync(new() { Timeout = ReplyTimeout });

        var mine = page.Locator("li.user").Last;
        Assert.Equal(pasted, await mine.TextContentAsync());
        Assert.Equal(0, await mine.Locator("script, img").CountAsync());
        Assert.Equal(["https://example.com/ok"], await mine.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)"));
        Assert.Equal(0, dialogs);
    }

    [BrowserFact]
    public async Task A_reload_mid_conversation_shows_the_conversation_so_far_and_goes_on_with_it()
    {
        await using var chat = await ChatHost.StartAsync();
        var page = await chat.OpenAsync();
        await SayAsync(page, "I want to change my seat");
        await page.Locator("li.bot", new() { HasText = "booking reference" }).WaitForAsync(new() { Timeout = ReplyTimeout });

        await page.ReloadAsync();

        await page.Locator("li.user", new() { HasText = "I want to change my seat" }).WaitForAsync(new() { Timeout = ReplyTimeout });
        Assert.Equal(1, await page.Locator("li.bot", new() { HasText = "booking reference" }).CountAsync());
        Assert.Equal(1, await page.Locator("li.bot", new() { HasText = "welcome to Nimbus Air" }).CountAsync());
        await SayAsync(page, "ABC123");
        await page.Locator("li.bot", new() { HasText = "last name" }).WaitForAsync(new() { Timeout = ReplyTimeout });
    }

    [BrowserFact]
    public async Task Replies_are_shown_once_when_slow_reads_overlap()
    {
        await using var chat = await ChatHost.StartAsync();
        var page = await chat.OpenAsync();
        // Every read of the replies takes longer than the page's one-second poll, as on a slow network.
        await page.RouteAsync("**/activities*", async route => { await Task.Delay(1_500); await route.ContinueAsync(); });

        await SayAsync(page, "how many bags can I take?");
        await page.Locator("li.bot").Nth(1).WaitForAsync(new() { Timeout = ReplyTimeout });
        await Task.Delay(4_000); // several reads overlap meanwhile

        var conversationId = await page.EvaluateAsync<string>("sessionStorage.getItem('dsb.conversation')");
        using var client = new HttpClient { BaseAddress = new Uri(chat.Address) };
        var delivered = (await client.GetFromJsonAsync<List<JsonElement>>($"/api/webchat/conversations/{conversationId}/activities"))!
            .Select(a => a.GetProperty("activity").GetProperty("text").GetString()!.Trim()).ToList();
        var shown = (await page.Locator("li.bot").AllTextContentsAsync()).Select(t => t.Trim()).ToList();
        Assert.Equal(delivered.Count, shown.Count);
    }

    [BrowserFact]
    public async Task A_message_the_bot_cannot_receive_is_marked_not_sent_and_given_back()
    {
        await using var chat = await ChatHost.StartAsync();
        var page = await chat.OpenAsync();
        await page.RouteAsync("**/messages", route => route.AbortAsync());

        await SayAsync(page, "where is my bag?");

        await page.Locator("li.notice", new() { HasText = "Not sent" }).WaitForAsync(new() { Timeout = ReplyTimeout });
        Assert.Equal("where is my bag?", await page.InputValueAsync("#text"));
        await page.UnrouteAsync("**/messages");
        await page.PressAsync("#text", "Enter"); // the bot is back: the same message goes through
        await page.Locator("li.bot").Nth(1).WaitForAsync(new() { Timeout = ReplyTimeout });
    }

    [BrowserFact]
    public async Task A_pasted_message_over_the_limit_is_refused_with_the_reason_not_cut_short()
    {
        await using var chat = await ChatHost.StartAsync();
        var page = await chat.OpenAsync();
        var pasted = "My bag is lost. " + new string('x', 5_000) + " Please call me back.";

        await SayAsync(page, pasted);

        await page.Locator("li.notice", new() { HasText = "Messages are limited to 5000 characters." }).WaitForAsync(new() { Timeout = ReplyTimeout });
        Assert.Equal(pasted, await page.InputValueAsync("#text")); // all of it, to shorten
        Assert.Equal(1, await page.Locator("li.bot").CountAsync()); // nothing cut short went to the bot
    }

    /// <summary>Past the conversation's per-minute limit the message is not sent, the page says why in its language, and gives it back.</summary>
    [BrowserFact]
    public async Task A_message_over_the_conversations_limit_is_given_back_with_the_wait_in_the_pages_language()
    {
        await using var chat = await ChatHost.StartAsync(new Dictionary<string, string?> { ["WebChat:MessagesPerMinute"] = "1" });
        var page = await chat.OpenAsync("fr-FR");
        await SayAsync(page, "bonjour");
        await page.Locator("li.bot").Nth(1).WaitForAsync(new() { Timeout = ReplyTimeout });

        await SayAsync(page, "où est mon bagage ?");

        var notice = page.Locator("li.notice", new() { HasText = "Non envoyé : trop de messages en peu de temps." });
        await notice.WaitForAsync(new() { Timeout = ReplyTimeout });
        Assert.Matches(@"renvoyez-le dans \d+ s\.$", await notice.TextContentAsync());
        Assert.Equal("où est mon bagage ?", await page.InputValueAsync("#text"));
        Assert.Equal(2, await page.Locator("li.bot").CountAsync()); // the welcome and the answer to "bonjour" only
    }

    [BrowserFact]
    public async Task A_page_opened_while_the_bot_is_down_starts_the_chat_once_it_is_back()
    {
        await using var chat = await ChatHost.StartAsync();
        var page = await chat.Browser.NewPageAsync(new() { Locale = "en-US" });
        await page.RouteAsync("**/api/webchat/conversations", route => route.AbortAsync());
        await page.GotoAsync(chat.Address);
        await page.Locator("#status", new() { HasText = "offline" }).WaitForAsync(new() { Timeout = ReplyTimeout });

        await page.UnrouteAsync("**/api/webchat/conversations");

        await page.Locator("li.bot", new() { HasText = "welcome to Nimbus Air" }).WaitForAsync(new() { Timeout = ReplyTimeout });
        Assert.Equal("online", await page.TextContentAsync("#status"));
    }

    [BrowserFact]
    public async Task Choosing_a_suggestion_with_the_keyboard_leaves_the_focus_in_the_message_box()
    {
        await using var chat = await ChatHost.StartAsync();
        var page = await chat.OpenAsync();
        await page.Locator("#choices button").First.WaitForAsync(new() { Timeout = ReplyTimeout });

        await page.FocusAsync("#choices button >> nth=0");
        await page.Keyboard.PressAsync("Enter");

        await page.Locator("li.bot").Nth(1).WaitForAsync(new() { Timeout = ReplyTimeout });
        Assert.Equal("text", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [BrowserFact]
    public async Task On_a_phone_the_question_stays_in_view_above_its_many_choices()
    {
        await using var chat = await ChatHost.StartAsync();
        var page = await chat.Browser.NewPageAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 360, Height = 640 }, IsMobile = true });
        await page.GotoAsync(chat.Address);
        await page.Locator("li.bot").First.WaitForAsync(new() { Timeout = ReplyTimeout });

        await SayAsync(page, "boarding pass for booking GHI321, name Smith");
        var question = page.Locator("li.bot", new() { HasText = "how did you hear about us?" });
        await question.WaitForAsync(new() { Timeout = ReplyTimeout });
        await page.Locator("#choices button").Nth(8).WaitForAsync(); // its nine options

        var hidden = await page.EvaluateAsync<double>("""
            () => {
              const log = document.getElementById('log');
              return log.lastElementChild.getBoundingClientRect().bottom - log.getBoundingClientRect().bottom;
            }
            """);
        Assert.True(hidden <= 1, $"the last message ends {hidden} px below the visible part of the log");
    }

    [BrowserFact]
    public async Task A_french_browser_gets_the_page_itself_in_french()
    {
        await using var chat = await ChatHost.StartAsync();
        var page = await chat.Browser.NewPageAsync(new() { Locale = "fr-FR" });
        await page.GotoAsync(chat.Address);
        await page.Locator("li.bot").First.WaitForAsync(new() { Timeout = ReplyTimeout });

        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Écrivez un message…", await page.GetAttributeAsync("#text", "placeholder"));
        Assert.Equal("Envoyer", (await page.TextContentAsync("#composer button"))?.Trim());
        Assert.Equal("en ligne", await page.TextContentAsync("#status"));
    }

    /// <summary>The real host on Kestrel and a Chromium to open its page with.</summary>
    private sealed class ChatHost(BotHostFactory host, IPlaywright playwright, IBrowser browser) : IAsyncDisposable
    {
        public IBrowser Browser { get; } = browser;
        public string Address { get; } = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        public static async Task<ChatHost> StartAsync(IDictionary<string, string?>? settings = null)
        {
            var host = new BotHostFactory(settings);
            host.UseKestrel(0);
            host.StartServer();
            var playwright = await Playwright.CreateAsync();
            return new ChatHost(host, playwright, await BrowserFactAttribute.LaunchAsync(playwright));
        }

        /// <summary>A customer's page, once the welcome is shown.</summary>
        public async Task<IPage> OpenAsync(string locale = "en-US")
        {
            var page = await Browser.NewPageAsync(new() { Locale = locale });
            await page.GotoAsync(Address);
            await page.Locator("li.bot").First.WaitForAsync(new() { Timeout = ReplyTimeout }); // the welcome
            return page;
        }

        public async ValueTask DisposeAsync()
        {
            await Browser.DisposeAsync();
            playwright.Dispose();
            await host.DisposeAsync();
        }
    }

    private static async Task SayAsync(IPage page, string text)
    {
        await page.FillAsync("#text", text);
        await page.PressAsync("#text", "Enter");
    }
}
