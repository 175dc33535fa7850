using DarkSocialBot.Contacts;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Brand;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Contacts;

/// <summary>The consent middleware is channel-neutral: the same STOP/START rules on the built-in web chat.</summary>
public sealed class OptOutMiddlewareTests
{
    [Fact]
    public async Task Web_chat_customer_who_says_stop_gets_its_confirmation_then_no_reply_until_start_which_is_confirmed()
    {
        var bot = new RecordingBot();
        await using var host = new BotHostFactory { ConfigureServices = s => BotHostFactory.Replace<IBot>(s, bot) };
        using var client = host.CreateClient();
        var customer = await WebChatCustomer.StartAsync(client);

        await customer.SayAsync("stop");
        await customer.SayAsync("are you there?");
        await customer.SayAsync("cancel");
        await Eventually.TrueAsync(async () => await InboxAsync(host) == 4); // the conversation start + 3 messages
        Assert.Equal(["Done: you won't get any more messages from us here. If you change your mind, just write START."],
            (await customer.WaitForAsync(1)).Select(WebChatCustomer.Text));
        await customer.SayAsync("START");
        Assert.Equal("Welcome back 👋 You'll get our messages here again. How can I help?", WebChatCustomer.Text((await customer.WaitForAsync(2))[1]));
        await customer.SayAsync("hello");

        await bot.WaitForAsync(1);
        Assert.Equal(["hello"], bot.Received.Select(a => a.Text)); // the keyword is not a request for the dialogs
        var contact = await host.Services.GetRequiredService<ContactStore>().FindAsync("web", bot.Received[0].From!.Id!, CancellationToken.None);
        Assert.False(contact!.IsOptedOut);
        Assert.NotNull(contact.LastInboundAt);
    }

    /// <summary>After « ARRÊT » on a channel that gives no language (WhatsApp), START was welcomed back in English.</summary>
    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    public async Task Arret_is_confirmed_in_french_whatever_the_locale_and_start_in_french_too(string startLocale)
    {
        var bot = new RecordingBot();
        await using var host = new BotHostFactory { ConfigureServices = s => BotHostFactory.Replace<IBot>(s, bot) };
        using var client = host.CreateClient();
        var customer = await WebChatCustomer.StartAsync(client);

        await customer.SayAsync("Arrêt");

        Assert.Equal(["C'est noté : vous ne recevrez plus de messages de notre part ici. Si vous changez d'avis, écrivez simplement START."],
            (await customer.WaitForAsync(1)).Select(WebChatCustomer.Text));
        Assert.Empty(bot.Received);

        await customer.SayAsync("START", startLocale);
        Assert.Equal("Bon retour parmi nous 👋 Vous recevrez à nouveau nos messages ici. Comment puis-je vous aider ?",
            WebChatCustomer.Text((await customer.WaitForAsync(2))[1]));
        Assert.Empty(bot.Received);
    }

    [Fact]
    public async Task A_message_refused_by_the_opt_out_never_shows_on_the_web_chat_page()
    {
        var bot = new RecordingBot();
        await using var host = new BotHostFactory { ConfigureServices = s => BotHostFactory.Replace<IBot>(s, bot) };
        using var client = host.CreateClient();
        var customer = await WebChatCustomer.StartAsync(client);
        await customer.SayAsync("stop");
        await customer.WaitForAsync(1);

        // Say, an agent writes to the conversation after the STOP.
        var reference = new Activity
        {
            ChannelId = "web",
            ServiceUrl = "http://localhost/webchat/",
            Conversation = new ConversationAccount { Id = customer.ConversationId },
            From = new ChannelAccount { Id = "bot" },
            Recipient = new ChannelAccount { Id = $"web-user-{customer.ConversationId[..12]}" },
        };
        var id = await host.Services.GetRequiredService<ProactiveMessenger>()
            .SendAsync(reference, new Activity { Text = "Here is an offer" }, CancellationToken.None);
        await Eventually.TrueAsync(async () => await StatusAsync(host, id) == OutboxStatus.Failed);

        Assert.Equal(["Done: you won't get any more messages from us here. If you change your mind, just write START."],
            (await customer.WaitForAsync(1)).Select(WebChatCustomer.Text));
    }

    private static async Task<OutboxStatus> StatusAsync(BotHostFactory host, long id)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await db.Outbox.Where(e => e.Id == id).Select(e => e.Status).SingleAsync();
    }

    private static async Task<int> InboxAsync(BotHostFactory host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await db.Inbox.CountAsync(e => e.Status == InboxStatus.Processed);
    }
}
