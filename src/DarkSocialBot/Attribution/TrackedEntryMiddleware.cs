using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.State;
using DarkSocialBot.Core.Turns;
using IMiddleware = DarkSocialBot.Core.Turns.IMiddleware;
using DarkSocialBot.Dialogs.Attribution;

namespace DarkSocialBot.Attribution;

/// <summary>
/// Captures how a customer came in: the activities that open a conversation, up to its first message, are read for a tracked
/// entry (<see cref="TrackedEntryReader"/>), and a Messenger referral whenever it comes (Meta sends <c>messaging_referrals</c>
/// only for a customer who already has a thread: one following an m.me link or an ad back into it). Each one found is recorded
/// as an arrival (once per way in: another link into the same thread is another arrival); the first is kept in user state as
/// the customer's first tracked entry, so their answer to "how did you hear about us?" is stored beside it (first touch).
/// </summary>
internal sealed class TrackedEntryMiddleware(IAttributionRecorder recorder) : IMiddleware
{
    private static readonly StateProperty<EntryCheck> Checked = new("attributionEntry", () => new EntryCheck());

    public async Task OnTurnAsync(TurnContext context, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        if (activity.From?.Id is { Length: > 0 } && (activity.IsType(ActivityTypes.Message) || activity.ChannelData is not null))
        {
            var check = context.ConversationState.Get(Checked);
            if (!check.Done || TrackedEntryReader.ReadReferral(activity) is not null)
            {
                check.Done |= activity.IsType(ActivityTypes.Message);
                if (TrackedEntryReader.Read(activity) is { } entry)
                {
                    check.Done = true;
                    var profile = context.UserState.Get(AttributionProfile.Property);
                    profile.FirstTrackedEntry ??= entry;
                    await recorder.RecordTrackedEntryAsync(AttributionSubject.Of(context), entry, cancellationToken);
                }
            }
        }
        await next(cancellationToken);
    }

    private sealed class EntryCheck
    {
        public bool Done { get; set; }
    }
}
