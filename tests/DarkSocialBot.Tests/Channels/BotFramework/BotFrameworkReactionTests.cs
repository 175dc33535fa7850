using System.Net;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        var customer = new Customer(host, http, connector, channel);
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

    private sealed class Customer(BotHostFactory host, HttpClient http, LocalHttpServer connector, string channel)
    {
        private int _posted;

        public Task<IReadOnlyList<string>> SayAsync(string text) => PostAsync(Activities.Message(text, connector.BaseUri, channelId: channel));

        public Task<IReadOnlyList<string>> ReactAsync(string replyToId, string reaction, bool removed = false)
        {
            var activity = Activities.Message("", connector.BaseUri, channelId: channel);
            (activity.Type, activity.Text, activity.ReplyToId) = (ActivityTypes.MessageReaction, null, replyToId);
            if (removed) activity.ReactionsRemoved = [new MessageReaction { Type = reaction }];
            else activity.ReactionsAdded = [new MessageReaction { Type = reaction }];
            return PostAsync(activity);
        }

        public async Task<string> LatestBotMessageIdAsync() => (await OutboxAsync()).Last().ProviderMessageId!;

        /// <summary>Posts one activity, waits for its turn and the delivery of every reply, and returns their texts.</summary>
        private async Task<IReadOnlyList<string>> PostAsync(Activity activity)
        {
            var before = (await OutboxAsync()).Count;
            Assert.Equal(HttpStatusCode.OK, (await BotFrameworkTestHost.PostAsync(http, activity)).StatusCode);
            _posted++;
            await Eventually.TrueAsync(async () =>
            {
                await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
                return await db.Inbox.CountAsync() == _posted && await db.Inbox.AllAsync(e => e.Status == InboxStatus.Processed)
                    && await db.Outbox.AllAsync(e => e.Status != OutboxStatus.Pending);
            });
            return [.. (await OutboxAsync()).Skip(before).Select(r => System.Text.Json.JsonSerializer.Deserialize(r.Payload, ActivityJson.Default.Activity)!.Text ?? "")];
        }

        private async Task<List<OutboxEntry>> OutboxAsync()
        {
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
            return await db.Outbox.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        }
    }
}
