using DarkSocialBot.Contacts;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Turns;
using IMiddleware = DarkSocialBot.Core.Turns.IMiddleware;

namespace DarkSocialBot.Broadcasts.Subscriptions;

/// <summary>
/// Runs just before the contacts' <see cref="OptOutMiddleware"/>, which records the opt-out (the one opt-out record,
/// which every sender and the broadcast worker check) and ends the turn. A STOP, by the same keywords and carrier
/// rules, also withdraws every broadcast subscription on that channel, so that opting back in (START) later does not
/// bring broadcasts back without a new consent.
/// </summary>
internal sealed class StopMiddleware(SubscriptionBook book, IEnumerable<CarrierKeywordChannel> carrierChannels) : IMiddleware
{
    private readonly HashSet<string> _carrier = new(carrierChannels.Select(c => c.ChannelId), StringComparer.Ordinal);

    public async Task OnTurnAsync(TurnContext context, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        if (activity.IsType(ActivityTypes.Message) && activity.ChannelId is { Length: > 0 } channel && activity.From?.Id is { Length: > 0 } user
            && OptOutKeywords.Classify(activity.Text, _carrier.Contains(channel)) == ConsentKeyword.OptOut)
        {
            await book.UnsubscribeAsync(channel, user, _ => true, "Stop", $"{channel}:{activity.Id}", activity.Text!.Trim(), cancellationToken);
        }
        await next(cancellationToken);
    }
}
