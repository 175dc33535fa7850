using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Contacts;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Contacts;

/// <summary>The consent middleware is channel-neutral: the same STOP/START rules on the built-in web chat.</summary>
public sealed class OptOutMiddlewareTests
{
    [Fact]
    public async Task Web_chat_customer_who_says_stop_gets_no_reply_until_start()
    {
        var bot = new RecordingBot();
        await using var host = new BotHostFactory { ConfigureServices = s => BotHostFactory.Replace<IBot>(s, bot) };
        using var client = host.CreateClient();
        var start = await client.PostAsJsonAsync("/api/webchat/conversations", new { locale = "en-US" });
        var conversation = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversationId").GetString();
        async Task SayAsync(string text) => await client.PostAsJsonAsync($"/api/webchat/conversations/{conversation}/messages", new { text });

        await SayAsync("stop");
        await SayAsync("are you there?");
        await SayAsync("cancel");
        await Eventually.TrueAsync(async () => await InboxAsync(host) == 4); // the conversation start + 3 messages
        await SayAsync("START");
        await SayAsync("hello");

        await bot.WaitForAsync(2);
        Assert.Equal(["START", "hello"], bot.Received.Select(a => a.Text));
        var contact = await host.Services.GetRequiredService<ContactStore>().FindAsync("web", bot.Received[0].From!.Id!, CancellationToken.None);
        Assert.False(contact!.IsOptedOut);
        Assert.NotNull(contact.LastInboundAt);
    }

    private static async Task<int> InboxAsync(BotHostFactory host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await db.Inbox.CountAsync(e => e.Status == InboxStatus.Processed);
    }
}
