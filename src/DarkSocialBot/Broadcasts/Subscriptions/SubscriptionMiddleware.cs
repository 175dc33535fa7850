using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Core.State;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Dialogs.Airline;
using IMiddleware = DarkSocialBot.Core.Turns.IMiddleware;
using DarkSocialBot.Storage;
using Microsoft.Extensions.Options;
using DarkSocialBot.Channels;

namespace DarkSocialBot.Broadcasts.Subscriptions;

/// <summary>
/// Subscriptions in any flow, on any channel, in English or French: "keep me posted about KL1234" follows a flight
/// (service: the request is the consent), "je veux recevoir les offres" asks the consent wording and records a yes,
/// "unsubscribe from offers"/"désabonner" ends one topic or all. Anything else goes on to the bot. It runs after the
/// contacts' opt-out middleware (opted-out customers never get here); STOP is <see cref="StopMiddleware"/>'s.
/// A flight followed without a day is its next departure the airline knows of (today when it knows none); asked for without
/// a number ("can you keep me posted about my flight?"), the number is asked for, and the next message naming one follows it.
/// </summary>
internal sealed class SubscriptionMiddleware(SubscriptionBook book, ChatIntents intents, BroadcastTexts texts, IOptions<BroadcastsOptions> options,
    IAirlineBackend airline) : IMiddleware
{
    private static readonly StateProperty<PendingConsent> Pending = new("broadcasts.pendingConsent", () => new PendingConsent());
    private static readonly TimeSpan ConsentAnswerWithin = TimeSpan.FromMinutes(30);
    private readonly BroadcastsOptions _options = options.Value;

    public async Task OnTurnAsync(TurnContext context, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        if (activity.IsType(ActivityTypes.Event) && activity.Name == OptInConsent.EventName && OptInConsent.Read(activity.Value) is { } consent
            && activity.From?.Id is { Length: > 0 } && activity.ChannelId is { Length: > 0 })
        {
            await RecordOptInAsync(context, consent, cancellationToken);
            await next(cancellationToken);
            return;
        }
        if (!activity.IsType(ActivityTypes.Message) || string.IsNullOrWhiteSpace(activity.Text) || activity.From?.Id is null || activity.ChannelId is null)
        {
            await next(cancellationToken);
            return;
        }
        if (!await HandleAsync(context, activity.Text.Trim(), cancellationToken)) await next(cancellationToken);
    }

    private async Task<bool> HandleAsync(TurnContext context, string text, CancellationToken cancellationToken)
    {
        var language = LanguageOf(context);
        if (await AnswerPendingAsync(context, text, language, cancellationToken)) return true;

        var intent = intents.Recognize(text, context.Locale)?.Intent;
        var flight = ChatIntents.FindFlightNumber(text);
        var topic = intents.FindTopic(text);
        switch (intent)
        {
            case ChatIntents.Unsubscribe:
                await UnsubscribeAsync(context, flight, topic, language, cancellationToken);
                return true;
            case ChatIntents.Flight when flight is not null:
                await FollowFlightAsync(context, flight, text, language, cancellationToken);
                return true;
            case ChatIntents.Flight when topic is not null:
            case not null when intent.StartsWith(ChatIntents.TopicPrefix, StringComparison.Ordinal):
                AskConsent(context, topic ?? intent![ChatIntents.TopicPrefix.Length..], language);
                return true;
            case ChatIntents.Flight:
                AskFlight(context, language);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A consent the channel collected (Messenger's Marketing Messages opt-in, whose request's payload names the topic): recorded
    /// as a chat consent with the wording the customer saw, or, withdrawn ("Stop notifications"), that topic's subscription ended.
    /// Nothing is said: the channel showed its own confirmation. A topic the brand does not have is left alone.
    /// </summary>
    private async Task RecordOptInAsync(TurnContext context, OptInConsent consent, CancellationToken cancellationToken)
    {
        var topic = Topics.Normalize(consent.Topic);
        var wording = TextPrefix.Cut(string.IsNullOrWhiteSpace(consent.Wording) ? topic : consent.Wording, MaxWording);
        if (Topics.PurposeOf(topic, _options) is not { } purpose) return;
        var activity = context.Activity;
        if (!consent.Granted)
        {
            await book.UnsubscribeAsync(activity.ChannelId!, activity.From!.Id!, t => t == topic, "Unsubscribed", Evidence(context),
                wording, cancellationToken);
            return;
        }
        // The channel gives no language: the one the conversation was held in, else the first configured.
        var chosen = Locales.Language(context.ConversationState.Get(DialogManager.StackProperty).Locale is { Length: > 0 } locale ? locale : context.Locale);
        var language = _options.Languages.Contains(chosen, StringComparer.OrdinalIgnoreCase) ? chosen : _options.Languages[0];
        await book.SubscribeAsync([Row(context, topic, purpose, OptInWordingVersion, wording, language)], cancellationToken);
    }

    /// <summary>The wording version of a consent collected by the channel's own opt-in (its wording is the request's title).</summary>
    public const string OptInWordingVersion = "channel-optin";

    /// <summary>The longest wording a consent record keeps (<c>broadcast_consents.wording</c>).</summary>
    private const int MaxWording = 4096;

    private async Task FollowFlightAsync(TurnContext context, string flight, string text, string language, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(_options.DefaultTimeZone, out var z) ? z : TimeZoneInfo.Utc;
        var today = TimeZoneInfo.ConvertTime(context.Time.GetUtcNow(), zone).DateTime;
        var said = DateTimeRecognition.RecognizeBest(text, context.Locale, today);
        var date = said is { Type: "date" or "datetime", Value: { } value } ? DateOnly.FromDateTime(value)
            : (await airline.GetFlightDatesAsync(flight, DateOnly.FromDateTime(today), cancellationToken)) is [var next, ..] ? next
            : DateOnly.FromDateTime(today);
        var values = new Dictionary<string, string>
        {
            ["flight"] = flight,
            ["date"] = date.ToString("d MMMM yyyy", Locales.Culture(language)),
        };
        var wording = Placeholders.Render(texts.ConsentWordings["flight-v1"].Get(language), values);
        await book.SubscribeAsync([Row(context, Topics.Flight(flight, date), ConsentPurpose.Service, "flight-v1", wording, language)], cancellationToken);
        context.Send(texts.Reply("flightSubscribed", language, values));
    }

    private void AskConsent(TurnContext context, string topic, string language)
    {
        var version = _options.Topics.TryGetValue(topic, out var configured) ? configured.ConsentWording : "";
        if (!texts.ConsentWordings.TryGetValue(version, out var wording)) return;
        var pending = context.ConversationState.Get(Pending);
        (pending.Topic, pending.WordingVersion, pending.Language, pending.AskedAt) = (topic, version, language, context.Time.GetUtcNow());
        context.Send(wording.Get(language));
    }

    private void AskFlight(TurnContext context, string language)
    {
        var pending = context.ConversationState.Get(Pending);
        (pending.Topic, pending.WordingVersion, pending.Language, pending.AskedAt) = (ChatIntents.Flight, null, language, context.Time.GetUtcNow());
        context.Send(texts.Reply("askFlight", language));
    }

    /// <summary>
    /// The answer to the question just asked: a yes or no to a consent question, a message naming a flight (or a no) to
    /// "which flight?". Anything else drops the question and goes on to the bot.
    /// </summary>
    private async Task<bool> AnswerPendingAsync(TurnContext context, string text, string language, CancellationToken cancellationToken)
    {
        var pending = context.ConversationState.Get(Pending);
        context.ConversationState.Remove(Pending);
        if (pending.Topic is not { } topic || context.Time.GetUtcNow() - pending.AskedAt > ConsentAnswerWithin) return false;
        if (topic == ChatIntents.Flight)
        {
            if (ChatIntents.FindFlightNumber(text) is { } flight && intents.Recognize(text, context.Locale)?.Intent != ChatIntents.Unsubscribe)
            {
                await FollowFlightAsync(context, flight, text, language, cancellationToken);
                return true;
            }
            if (ConfirmRecognizer.Recognize(text) != false) return false;
            context.Send(texts.Reply("flightDeclined", language)); // "no thanks": they changed their mind
            return true;
        }
        if (pending.WordingVersion is not { } version || ConfirmRecognizer.Recognize(text) is not { } answer) return false;
        var values = new Dictionary<string, string> { ["topic"] = texts.TopicName(topic, language) };
        if (answer == false)
        {
            context.Send(texts.Reply("consentDeclined", language, values));
            return true;
        }
        // The wording recorded is the one shown, in the language it was shown in.
        var wording = texts.ConsentWordings[version].Get(pending.Language ?? language);
        var purpose = Topics.PurposeOf(topic, _options) ?? ConsentPurpose.Marketing;
        await book.SubscribeAsync([Row(context, topic, purpose, version, wording, language)], cancellationToken);
        context.Send(texts.Reply("topicSubscribed", language, values));
        return true;
    }

    private async Task UnsubscribeAsync(TurnContext context, string? flight, string? topic, string language, CancellationToken cancellationToken)
    {
        Func<string, bool> matches = flight is not null ? t => t.StartsWith($"{Topics.FlightPrefix}{flight}:", StringComparison.Ordinal)
            : topic is not null ? t => t == topic
            : _ => true;
        var reply = flight is null && topic is null
            ? texts.Reply("unsubscribedAll", language)
            : texts.Reply("unsubscribed", language, new Dictionary<string, string> { ["topic"] = texts.TopicName(flight is null ? topic! : Topics.Flight(flight, default), language) });
        var ended = await book.UnsubscribeAsync(context.Activity.ChannelId!, context.Activity.From!.Id!, matches, "Unsubscribed", Evidence(context), reply, cancellationToken);
        context.Send(ended.Count > 0 ? reply : texts.Reply("notSubscribed", language));
    }

    private static SubscribeRow Row(TurnContext context, string topic, ConsentPurpose purpose, string version, string wording, string language)
    {
        var activity = context.Activity;
        return new SubscribeRow(activity.ChannelId!, activity.From!.Id!, activity.Conversation?.Id ?? activity.From.Id!, activity.ServiceUrl,
            activity.Recipient?.Id, activity.From.Name, language, TimeZone: null, Tags: null, topic, purpose, version, wording,
            ConsentSource.Chat, Evidence(context), context.Time.GetUtcNow());
    }

    private static string Evidence(TurnContext context) => $"{context.Activity.ChannelId}:{context.Activity.Id}";

    private string LanguageOf(TurnContext context)
    {
        var language = Locales.Language(context.Locale);
        return _options.Languages.Contains(language, StringComparer.OrdinalIgnoreCase) ? language : _options.Languages[0];
    }
}
