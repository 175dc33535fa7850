using DarkSocialBot.Tests.Infrastructure;

namespace DarkSocialBot.Tests.Channels.BotFramework;

/// <summary>
/// Reactions on <c>/api/messages</c> (Web Chat over Direct Line, Teams): a <c>messageReaction</c> whose replyToId is the
/// bot's latest message answers its yes/no question as on WhatsApp and Messenger, whether the channel names the reaction
/// ("like") or sends the emoji; other reactions, and reactions taken back, get no reply.
/// </summary>
public sealed class BotFrameworkReactionTests
{
    [Theory]
    [InlineData("webchat", "like")]
    [InlineData("msteams", "👍")]
    public async Task A_like_on_the_bots_yes_no_question_answers_it_and_other_reactions_get_no_reply(string channel, string like)
    {
        await using var connector = await LocalHttpServer.StartAsync();
        await using var host = new BotHostFactory();
        using var http = host.CreateClient();
        var customer = new BotFrameworkCustomer(host, http, connector, channel);
        await customer.SayAsync("change my seat ABC123");
        var lastNameQuestion = await customer.LatestBotMessageIdAsync();
        await customer.SayAsync("Dupont");
        await customer.SayAsync("window");
        Assert.Contains("Move you from 23C to 12A?", await customer.SayAsync("12A"));
        var question = await customer.LatestBotMessageIdAsync();

        Assert.Empty(await customer.ReactAsync(question, like, removed: true));
        Assert.Empty(await customer.ReactAsync(lastNameQuestion, like)); // an older message
        Assert.Empty(await customer.ReactAsync(question, "heart"));
        Assert.Contains("Done ✅ Your seat is now 12A.", await customer.ReactAsync(question, like));
    }
}
