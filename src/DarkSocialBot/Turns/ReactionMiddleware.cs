using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.State;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;
using IMiddleware = DarkSocialBot.Core.Turns.IMiddleware;

namespace DarkSocialBot.Turns;

/// <summary>
/// A reaction (👍 on WhatsApp or Messenger) is not a message: it is stored like any inbound, but reaches the dialogs only
/// when it reacts to the bot's latest message in the conversation, the question now waiting (a yes/no question reads 👍 as
/// yes, other questions ignore it). A reaction to an older message, or one taken back, ends the turn here: no reply.
/// </summary>
internal sealed class ReactionMiddleware(IDbContextFactory<BotDbContext> dbFactory) : IMiddleware
{
    public async Task OnTurnAsync(TurnContext context, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        if (!activity.IsType(ActivityTypes.MessageReaction))
        {
            await next(cancellationToken);
            return;
        }
        if (activity.ReactionsAdded is not { Count: > 0 } || string.IsNullOrEmpty(activity.ReplyToId)) return;
        var conversation = StateKeys.For(activity).Conversation;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var latest = await db.Outbox.AsNoTracking().Where(e => e.ConversationKey == conversation)
            .OrderByDescending(e => e.Id).Select(e => e.ProviderMessageId).FirstOrDefaultAsync(cancellationToken);
        if (latest == activity.ReplyToId) await next(cancellationToken);
    }
}
