using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Dialogs.Flows;
using DarkSocialBot.Dialogs.Texts;
using DarkSocialBot.Handoffs;

namespace DarkSocialBot.Contacts;

/// <summary>
/// The one place consent is handled, for every channel. It records the customer (name, ids, last inbound time for
/// the 24-hour windows, which a Messenger referral event reopens too), turns STOP into an opt-out and START into an opt-in, and keeps the bot silent where a reply
/// would be wrong: for anyone opted out, and for STOP/HELP/START on carrier channels, whose provider answers. Elsewhere a
/// STOP gets one confirmation (<see cref="OptOutNotice"/>), which says how to opt back in, and START gets a welcome back
/// (neither keyword goes on to the dialogs). STOP also closes a handoff open in the conversation: no agent can answer
/// them, and it would hold a place in the queue and in the waits told to other customers.
/// </summary>
internal sealed partial class OptOutMiddleware(
    ContactStore contacts,
    HandoffDesk desk,
    IEnumerable<CarrierKeywordChannel> carrierChannels,
    BrandTexts texts,
    TimeProvider time,
    ILogger<OptOutMiddleware> logger) : DarkSocialBot.Core.Turns.IMiddleware
{
    /// <summary>The last inbound time is rewritten at most this often (it only ever makes a window look shorter).</summary>
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromMinutes(1);

    /// <summary>Who closed a handoff the customer ended with STOP (shown to agents).</summary>
    public const string ClosedByStop = "customer (STOP)";

    private readonly HashSet<string> _carrier = new(carrierChannels.Select(c => c.ChannelId), StringComparer.Ordinal);

    public async Task OnTurnAsync(TurnContext context, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        if (!activity.IsType(ActivityTypes.Message) || activity.ChannelId is not { Length: > 0 } channel || activity.From?.Id is not { Length: > 0 } user)
        {
            // Meta: following an m.me link (or an ad) into an existing thread "will reset the 24-hour standard messaging window".
            if (activity.IsType(ActivityTypes.Event) && activity.Name == Channels.Meta.MessengerInbound.ReferralEvent && activity.ChannelId is { Length: > 0 } referred && activity.From?.Id is { Length: > 0 } customer)
                await contacts.RecordInboundAsync(referred, customer, new ContactDetails(null, null, null), At(activity, time.GetUtcNow()));
            await next(cancellationToken);
            return;
        }

        var contact = await contacts.FindAsync(channel, user, cancellationToken);
        var carrier = _carrier.Contains(channel);
        var now = time.GetUtcNow();
        await RecordInboundAsync(contact, channel, user, activity, At(activity, now));

        switch (OptOutKeywords.Classify(activity.Text, carrier))
        {
            case ConsentKeyword.OptOut:
                await contacts.MarkOptedOutAsync(channel, user);
                LogOptedOut(logger, channel);
                // Whatever the bot was asking ends here: after START the customer starts afresh, and their first words are
                // not taken as the answer to a question asked before the STOP. The conversation's language stays (ARRÊT is
                // French), so START is welcomed in it.
                var french = OptOutKeywords.IsFrench(activity.Text);
                var language = french ? "fr-FR" : context.ConversationState.Get(DialogManager.StackProperty).Locale;
                context.ConversationState.Set(DialogManager.StackProperty, new DialogStack { Locale = language });
                var customer = context.ConversationState.Get(CustomerContext.Property);
                if (customer.HandoffId is { } handoff) await desk.CloseAsync(handoff, ClosedByStop, cancellationToken);
                customer.HandoffId = null;
                // The provider confirms its own keywords on carrier channels; it knows no French one (ARRÊT), and elsewhere
                // the customer would otherwise hear nothing at all.
                if (!carrier || french) context.Send(OptOutNotice.Create(texts.Privacy.OptedOut.Get(french ? "fr" : context.Locale)));
                return;
            case ConsentKeyword.OptIn when contact?.IsOptedOut == true:
                await contacts.MarkOptedInAsync(channel, user);
                LogOptedIn(logger, channel);
                // The provider confirms the opt-in on carrier channels; elsewhere say so, and the keyword is not a request.
                if (!carrier)
                    context.Send(texts.Privacy.OptedIn.Get(context.ConversationState.Get(DialogManager.StackProperty).Locale is { Length: > 0 } chosen
                        ? chosen : context.Locale));
                return;
            case ConsentKeyword.Help when carrier:
                return; // the provider answers HELP itself: no second answer from the bot
            default:
                if (contact?.IsOptedOut == true)
                {
                    LogSilenced(logger, channel);
                    return;
                }
                break;
        }
        await next(cancellationToken);
    }

    /// <summary>When the customer acted: the provider's time, never one in the future.</summary>
    private static DateTimeOffset At(Activity activity, DateTimeOffset now) => activity.Timestamp is { } at && at <= now ? at : now;

    private Task RecordInboundAsync(ContactSnapshot? contact, string channel, string user, Activity activity, DateTimeOffset at)
    {
        var details = new ContactDetails(activity.From?.Name, Property(activity.From, "waId"), Property(activity.From, "bsuid"));
        var unchanged = contact is not null
            && contact.LastInboundAt is { } last && at - last < RefreshEvery
            && (details.DisplayName is null || details.DisplayName == contact.DisplayName)
            && (details.WaId is null || details.WaId == contact.WaId)
            && (details.Bsuid is null || details.Bsuid == contact.Bsuid);
        return unchanged ? Task.CompletedTask : contacts.RecordInboundAsync(channel, user, details, at);
    }

    private static string? Property(ChannelAccount? account, string name) =>
        account?.Properties is { } properties && properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "A customer opted out on {ChannelId}")]
    private static partial void LogOptedOut(ILogger logger, string channelId);

    [LoggerMessage(Level = LogLevel.Information, Message = "A customer opted back in on {ChannelId}")]
    private static partial void LogOptedIn(ILogger logger, string channelId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Message from an opted-out customer on {ChannelId}: stored, not answered")]
    private static partial void LogSilenced(ILogger logger, string channelId);
}
