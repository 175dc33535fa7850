using DarkSocialBot.Contacts;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Turns;
using IMiddleware = DarkSocialBot.Core.Turns.IMiddleware;

namespace DarkSocialBot.Channels.Meta;

/// <summary>
/// Runs first. A Messenger activity from the <c>standby</c> channel came while another app (a live-chat app, the Page inbox)
/// owns the thread: the bot only observes. It is stored (the inbox, so a transcript shows it) and its turn ends here: no
/// dialog reads it, nothing is sent. One exception: a STOP (or a START from a customer who stopped) is the customer's word
/// to the brand whoever answers, so the opt-out middleware still records it, and its confirmation is left to the thread owner.
/// </summary>
internal sealed class StandbyMiddleware(ContactStore contacts) : IMiddleware
{
    public async Task OnTurnAsync(TurnContext context, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        if (!MessengerInbound.IsStandby(activity))
        {
            await next(cancellationToken);
            return;
        }
        if (!activity.IsType(ActivityTypes.Message) || activity.From?.Id is not { Length: > 0 } user) return;
        var keyword = OptOutKeywords.Classify(activity.Text, carrierChannel: false);
        if (keyword == ConsentKeyword.OptOut
            || (keyword == ConsentKeyword.OptIn && (await contacts.FindAsync(activity.ChannelId!, user, cancellationToken))?.IsOptedOut == true))
        {
            await next(cancellationToken); // the opt-out middleware ends the turn for these keywords: no dialog runs
            context.ClearResponses();
        }
    }
}
