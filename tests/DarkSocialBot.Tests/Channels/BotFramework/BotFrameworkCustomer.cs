using System.Net;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Storage;
using DarkSocialBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSocialBot.Tests.Channels.BotFramework;

/// <summary>
/// A customer on a Bot Framework channel (Web Chat, Teams) talking to the brand's bot through <c>/api/messages</c>: each post
/// waits for its turn and the delivery of every reply to the local connector, and returns the replies' texts.
/// </summary>
internal sealed class BotFrameworkCustomer(BotHostFactory host, HttpClient http, LocalHttpServer connector, string channel)
{
    private int _stored;

    /// <summary>Sends a message and returns it with the replies' texts.</summary>
    public async Task<(Activity Message, IReadOnlyList<string> Replies)> SendAsync(string text)
    {
        var message = Activities.Message(text, connector.BaseUri, channelId: channel);
        return (message, await PostAsync(message));
    }

    public async Task<IReadOnlyList<string>> SayAsync(string text) => (await SendAsync(text)).Replies;

    public Task<IReadOnlyList<string>> ReactAsync(string replyToId, string reaction, bool removed = false)
    {
        var activity = Activity(ActivityTypes.MessageReaction, id: null);
        activity.ReplyToId = replyToId;
        if (removed) activity.ReactionsRemoved = [new MessageReaction { Type = reaction }];
        else activity.ReactionsAdded = [new MessageReaction { Type = reaction }];
        return PostAsync(activity);
    }

    /// <summary>An activity of the channel from this customer, without text; a null id gets a new one.</summary>
    public Activity Activity(string type, string? id)
    {
        var activity = Activities.Message("", connector.BaseUri, id: id, channelId: channel);
        (activity.Type, activity.Text) = (type, null);
        return activity;
    }

    public async Task<string> LatestBotMessageIdAsync() => (await OutboxAsync()).Last().ProviderMessageId!;

    /// <summary>
    /// Posts one activity, waits until it is stored (unless <paramref name="duplicate"/>: then until the request is answered,
    /// the inbox holding no new row), its turn run and every reply delivered, and returns the replies' texts.
    /// </summary>
    public async Task<IReadOnlyList<string>> PostAsync(Activity activity, bool duplicate = false)
    {
        var before = (await OutboxAsync()).Count;
        Assert.Equal(HttpStatusCode.OK, (await BotFrameworkTestHost.PostAsync(http, activity)).StatusCode);
        if (!duplicate) _stored++;
        await Eventually.TrueAsync(async () =>
        {
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
            return await db.Inbox.CountAsync() == _stored && await db.Inbox.AllAsync(e => e.Status == InboxStatus.Processed)
                && await db.Outbox.AllAsync(e => e.Status != OutboxStatus.Pending);
        });
        return [.. (await OutboxAsync()).Skip(before).Select(r => System.Text.Json.JsonSerializer.Deserialize(r.Payload, ActivityJson.Default.Activity)!.Text ?? "")];
    }

    /// <summary>The inbox's activities in the order they arrived.</summary>
    public async Task<List<Activity>> StoredAsync()
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return [.. (await db.Inbox.AsNoTracking().OrderBy(e => e.Id).ToListAsync())
            .Select(e => System.Text.Json.JsonSerializer.Deserialize(e.Payload, ActivityJson.Default.Activity)!)];
    }

    private async Task<List<OutboxEntry>> OutboxAsync()
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await db.Outbox.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }
}
