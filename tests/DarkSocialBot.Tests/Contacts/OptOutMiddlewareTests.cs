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
    public async Task Web_chat_customer_who_says_stop_gets_its_confirmation_then_no_reply_until_start()
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
        await Eventually.TrueAsync(async () => await InboxAsync(host) == 4 && (await SentTextsAsync(host)).Count > 0); // the conversation start + 3 messages
        Assert.Equal(["Done: you won't get any more messages from us here. If you change your mind, just write START."],
            await SentTextsAsync(host));
        await SayAsync("START");
        await SayAsync("hello");

        await bot.WaitForAsync(2);
        Assert.Equal(["START", "hello"], bot.Received.Select(a => a.Text));
        var contact = await host.Services.GetRequiredService<ContactStore>().FindAsync("web", bot.Received[0].From!.Id!, CancellationToken.None);
        Assert.False(contact!.IsOptedOut);
        Assert.NotNull(contact.LastInboundAt);
    }

    [Fact]
    public async Task Arret_is_confirmed_in_french_whatever_the_locale()
    {
        var bot = new RecordingBot();
        await using var host = new BotHostFactory { ConfigureServices = s => BotHostFactory.Replace<IBot>(s, bot) };
        using var client = host.CreateClient();
        var start = await client.PostAsJsonAsync("/api/webchat/conversations", new { locale = "en-US" });
        var conversation = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversationId").GetString();

        await client.PostAsJsonAsync($"/api/webchat/conversations/{conversation}/messages", new { text = "Arrêt" });

        await Eventually.TrueAsync(async () => (await SentTextsAsync(host)).Count == 1);
        Assert.Equal(["C'est noté : vous ne recevrez plus de messages de notre part ici. Si vous changez d'avis, écrivez simplement START."],
            await SentTextsAsync(host));
        Assert.Empty(bot.Received);
    }

    /// <summary>Texts the web chat page can read (delivered), oldest first.</summary>
    private static async Task<List<string?>> SentTextsAsync(BotHostFactory host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var payloads = await db.Outbox.Where(e => e.Status == OutboxStatus.Sent).OrderBy(e => e.Id).Select(e => e.Payload).ToListAsync();
        return [.. payloads.Select(p => JsonDocument.Parse(p).RootElement.TryGetProperty("text", out var text) ? text.GetString() : null)];
    }

    private static async Task<int> InboxAsync(BotHostFactory host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await db.Inbox.CountAsync(e => e.Status == InboxStatus.Processed);
    }
}
