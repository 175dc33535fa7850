using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Interruptions;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Attribution;
using DarkSocialBot.Dialogs.Flows;
using DarkSocialBot.Dialogs.Handoff;
using DarkSocialBot.Dialogs.Intents;
using DarkSocialBot.Dialogs.Prompts;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Interruptions;

/// <summary>
/// What works at any moment, for every dialog: switching language ("en français"), help, starting over, asking for a person
/// or complaining, and asking for something else mid-flow ("actually, where's my bag?"), which leaves the current flow.
/// While the customer describes something in their own words (a lost bag, a complaint, how they heard of us and what was
/// said about us) only short messages count as commands, so "the agent at the desk was rude" or "she said your customer
/// service is great" stays what they said; and only a message that is wholly another request ("flight status") leaves the
/// flow, so "red backpack" or « valise noire » stays the bag's description. "I don't have it" (« je l'ai perdue ») when
/// asked for a booking reference or a flight number says where to find it and offers a colleague, and the question stays
/// open; it is not a lost bag, nor a failed answer. A travel question mid-flow ("wait, do I need my passport?") is answered and
/// the flow's question asked again; so is "why do you need my name?" (<see cref="WhyAsked"/>).
/// </summary>
internal sealed class BrandInterruptions(BrandTexts texts) : IInterruptionHandler
{
    private const double CommandScore = 0.7;
    private const double LanguageScore = 0.8;
    private const double SwitchScore = 0.85;
    private const double FreeTextSwitchScore = 0.95; // every word of the message is in the request's phrase
    private const int MaxCommandWordsInFreeText = 4;

    // A hello or "are you there?" and nothing else: an answer beside it ("hi, ABC123", "hello, Dupont") goes to the question.
    private static readonly HashSet<string> HelloWords = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "hiya", "again", "there", "are", "you", "still", "anyone", "is", "bonjour", "rebonjour", "re", "bonsoir",
        "salut", "coucou", "vous", "êtes", "etes", "là", "la", "tu", "es", "toujours", "quelqu", "un", "y", "a", "il",
    };

    public Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var path = DialogPath.Active(dc);
        // "why do you need my name?" at a question (not in the customer's own words, nor at the menu): why, then the question again.
        if (path.Count > 0 && path[^1] is not (BrandPrompts.Menu or BrandPrompts.FreeText or HowDidYouHearDialog.TextPromptId)
            && WhyAsked.Explain(dc.Activity.Text, path[^1], texts.Why) is { } why)
        {
            dc.Send(why);
            return Task.FromResult(InterruptionResult.Resume);
        }
        // "she's 6 kg with the carrier" at the offer of a colleague for a pet: in the cabin or not, then the offer again.
        if (ColleagueOffered(path) && dc.Customer().LastIntent == BrandIntents.Assistance
            && PetWeight.Answer(dc.Activity.Text, texts.TravelInfo) is { } weight)
        {
            dc.Send(weight);
            return Task.FromResult(InterruptionResult.Resume);
        }
        if (dc.Intent is not { } top) return Task.FromResult(InterruptionResult.NotHandled);
        // Offered a colleague, the customer gives what the colleague needs ("ABC123 Dupont", "NM 1234"): that is a yes, not
        // a new request for that booking or flight.
        if (ColleagueOffered(path) && ColleagueOfferPrompt.GivesDetails(dc.Activity.Text)) return Task.FromResult(InterruptionResult.NotHandled);
        var words = (dc.Activity.Text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var inFreeText = path.Count > 0 && path[^1] is BrandPrompts.FreeText or HowDidYouHearDialog.TextPromptId;
        if (inFreeText && words > MaxCommandWordsInFreeText && !(top.Intent == BrandIntents.FlightStatus && FewWordsBesideAFlight(dc.Activity.Text)))
            return Task.FromResult(InterruptionResult.NotHandled);
        var switchScore = inFreeText ? FreeTextSwitchScore : SwitchScore;
        // Telling a colleague what went wrong names flights, delays and bags ("late", « retard »): that is the complaint.
        var mayLeave = !(inFreeText && path.Contains(HandoffDialog.DialogId));

        var active = path.Count > 0;
        var result = top.Intent switch
        {
            // At the menu, the menu is offered afresh in the new language: asked again, it would repeat the question it was asked
            // with ("Sorry, I can only help in English or French" to someone who just chose English).
            BrandIntents.English or BrandIntents.French when top.Score >= LanguageScore
                => SwitchLanguage(dc, top.Intent, active && path[^1] != BrandPrompts.Menu),
            // At the menu, help is followed by the menu afresh: asked again, it repeated the question it was asked with ("Sorry, I
            // can only help in English or French", "Sorry, I'm not sure I understood") right after the help had answered.
            BrandIntents.Help when top.Score >= CommandScore && BrandIntents.RequestOf(dc.Intents, CommandScore) == BrandIntents.Help
                => Help(dc, active && path[^1] != BrandPrompts.Menu),
            // "hi" or « vous êtes là ? » at a question, often after a pause: hello again, and the question again.
            BrandIntents.Greeting when top.Score >= CommandScore && active && path[^1] != BrandPrompts.Menu
                && CustomerWords.Of(dc.Activity.Text).All(HelloWords.Contains) => WelcomeBack(dc),
            BrandIntents.Cancel when top.Score >= CommandScore => StartOver(dc, active),
            // "thanks, bye" at a question: the customer is leaving. The menu and "how did you hear about us?" take their own closings.
            // A farewell, not mere thanks: "thanks" alone at a question may be politeness, "bye" or « au revoir » is not.
            BrandIntents.Thanks when top.Score >= CommandScore && active && HowDidYouHearChoices.IsFarewell(dc.Activity.Text ?? "")
                && path[^1] != BrandPrompts.Menu && !path.Contains(HowDidYouHearDialog.DialogId) => Leave(dc),
            // "thanks" alone at a question: welcomed, and the question asked again as it was. Its retry ("Hmm, that doesn't look
            // like a booking reference") read as a reproach. The customer's own words for a colleague stay theirs.
            BrandIntents.Thanks when top.Score >= CommandScore && active && !inFreeText && IsThanks(dc.Activity.Text ?? "", path[^1])
                && path[^1] != BrandPrompts.Menu && !path.Contains(HowDidYouHearDialog.DialogId) => ThankedBack(dc),
            _ when active && path[^1] is BrandPrompts.BookingReference or BrandPrompts.ReferenceOrName or BrandPrompts.FlightQuery
                && SaysTheyDontHaveIt(dc, top) => WhereToFind(dc, path[^1]),
            // Offered a colleague, the customer asks for one in their words ("can I get a refund", "a human please"): that is a yes.
            BrandIntents.Agent or BrandIntents.Rebook when top.Score >= CommandScore && ColleagueOffered(path) => AcceptColleague(dc, top.Intent),
            // "this is the 3rd time NM 1234 is late, I'm furious": that flight's status first, with a word of sorry before it and a
            // colleague offered after it (who reads the complaint), rather than a handoff that never says where the flight is.
            BrandIntents.Complaint when top.Score >= CommandScore && !path.Contains(HandoffDialog.DialogId) && !path.Contains(FlightStatusDialog.DialogId)
                && UnhappyAboutAFlight(dc) => InterruptionResult.Replace(MainDialog.DialogId, new MainState { Intent = BrandIntents.FlightStatus }),
            // Already telling a colleague what happened: "rude staff" is what happened, not a new complaint.
            BrandIntents.Agent or BrandIntents.Complaint when top.Score >= CommandScore && !path.Contains(HandoffDialog.DialogId) => ToHandoff(dc, top.Intent),
            // A flight number where the flow asks for something else ("actually what's the status of NM 1235?" at the booking
            // reference, « NM 1235 ? » at the last name): that flight's status, however few words come with it.
            BrandIntents.FlightStatus when active && mayLeave && AsksAboutAFlight(dc.Activity.Text, path, inFreeText, top.Score)
                => SwitchFlow(dc, BrandIntents.FlightStatus, path),
            // "wait, do I need my passport?" at a question: answered, and the question asked again.
            BrandIntents.TravelInfo when top.Score >= switchScore && active && mayLeave && path[^1] != BrandPrompts.Menu
                && !path.Contains(TravelInfoDialog.DialogId)
                => InterruptionResult.Push(TravelInfoDialog.DialogId, new FlowRequest(BrandIntents.TravelInfo, dc.Activity.Text)),
            // "DEF456 bernard, can I take 2 suitcases in business?" at a booking reference question: the reference answers it,
            // and the question is the request, answered for that booking.
            _ when active && AskedWithTheReference(dc, path) is { } asked => SwitchFlow(dc, asked, path),
            // The same at the last-name question, asking what the flow under way answers ("DEF456 is mine... bernard, can I take 2
            // suitcases?" while looking up the booking for baggage): that flow again with this message, whose name is then taken.
            _ when active && path[^1] == BrandPrompts.LastName && RequestWithTheReference(dc) is { } same && path.Contains(same)
                => InterruptionResult.Replace(MainDialog.DialogId, new MainState { Intent = same }),
            var intent when top.Score >= switchScore && active && mayLeave && BrandIntents.Flows.Contains(intent) => SwitchFlow(dc, intent, path),
            _ => InterruptionResult.NotHandled,
        };
        return Task.FromResult(result);
    }

    private InterruptionResult SwitchLanguage(DialogContext dc, string intent, bool active)
    {
        dc.SwitchLocale(intent == BrandIntents.French ? "fr-FR" : "en-US");
        dc.Customer().LanguageChosen = true;
        dc.Send(texts.Welcome.SwitchedLanguage);
        return active ? InterruptionResult.Resume : Menu();
    }

    private InterruptionResult Help(DialogContext dc, bool active)
    {
        dc.Send(texts.Welcome.Help);
        return active ? InterruptionResult.Resume : Menu();
    }

    private InterruptionResult WhereToFind(DialogContext dc, string prompt)
    {
        var text = prompt == BrandPrompts.FlightQuery ? texts.Flight.WhereNumber : texts.Booking.WhereReference;
        dc.SendChoices(text, [new Choice(texts.Menu.Agent.Get(dc.Locale))]);
        return InterruptionResult.Handled;
    }

    private InterruptionResult WelcomeBack(DialogContext dc)
    {
        dc.Send(texts.Welcome.WelcomeBack);
        return InterruptionResult.Resume;
    }

    /// <summary>Prompts that ask for a value (a reference, a name, a flight, a date, a seat), where "ok thanks" cannot be a yes.</summary>
    private static readonly HashSet<string> ValuePrompts = new(StringComparer.Ordinal)
    {
        BrandPrompts.BookingReference, BrandPrompts.ReferenceOrName, BrandPrompts.LastName, BrandPrompts.FlightQuery, BrandPrompts.Date,
        BrandPrompts.Seat,
    };

    /// <summary>Thanks alone: "thank you so much" at any question, and "ok thanks" or « ok merci » where a value is asked for.</summary>
    private static bool IsThanks(string text, string prompt) =>
        HowDidYouHearChoices.IsPlainThanks(text) || (ValuePrompts.Contains(prompt) && HowDidYouHearChoices.IsThanksOnly(text));

    private InterruptionResult ThankedBack(DialogContext dc)
    {
        dc.Send(texts.Welcome.Thanks);
        return InterruptionResult.Resume;
    }

    private InterruptionResult Leave(DialogContext dc)
    {
        dc.Send(texts.Welcome.Leaving);
        return InterruptionResult.CancelAll;
    }

    private InterruptionResult StartOver(DialogContext dc, bool active)
    {
        if (active) dc.Send(texts.Welcome.Cancelled);
        return Menu();
    }

    /// <summary>To a colleague; the agent's summary keeps what the customer was doing, or else this request.</summary>
    private static InterruptionResult ToHandoff(DialogContext dc, string intent)
    {
        dc.Customer().LastIntent ??= intent;
        CustomerLanguage.Follow(dc);
        var (dialogId, options) = MainDialog.FlowFor(intent, dc.Activity.Text);
        return InterruptionResult.Replace(dialogId, options);
    }

    private static bool ColleagueOffered(IReadOnlyList<string> path) =>
        path.Contains(HandoffDialog.DialogId) && path[^1] == ConfirmPrompt.DefaultId;

    private static InterruptionResult AcceptColleague(DialogContext dc, string intent)
    {
        dc.Customer().LastIntent ??= intent;
        var reason = intent == BrandIntents.Agent ? HandoffReason.Agent : HandoffReason.Rebook;
        var note = string.IsNullOrEmpty(dc.Activity.Text) ? null : dc.Activity.Text;
        return InterruptionResult.Replace(HandoffDialog.DialogId, new HandoffOptions(reason, note, Requested: true));
    }

    /// <summary>
    /// Another request mid-flow leaves the flow for the new one; the same request goes on where it was. A message that also
    /// answers the flow's question ("ABC123 and also change my seat" asked for check-in's booking reference) keeps the flow,
    /// and so does a seat change asked during a check-in ("actually, a window seat"), which goes before it anyway: both are
    /// taken one at a time with that message, as several requests in one message are, on the booking already open.
    /// </summary>
    private InterruptionResult SwitchFlow(DialogContext dc, string intent, IReadOnlyList<string> path)
    {
        var (dialogId, _) = MainDialog.FlowFor(intent, null);
        // "I want to check in" said again at check-in's booking reference question: the same question again, not "that doesn't
        // look like a booking reference" (nor a wrong answer counted).
        if (path.Contains(dialogId) && path[^1] is BrandPrompts.BookingReference or BrandPrompts.ReferenceOrName or BrandPrompts.FlightQuery
            && !Answers(dc.Activity.Text, path[^1]))
            return InterruptionResult.Resume;
        if (path.Contains(dialogId)
            || (path.Contains(BookingLookupDialog.DialogId) && intent == BrandIntents.Booking)
            || (path.Contains(LostBagDialog.DialogId) && intent == BrandIntents.Baggage) // a bag named in a lost-bag report
            || (path[^1] == BrandPrompts.BaggageTopic && intent == BrandIntents.LostBag)) // "my suitcase is lost" answers "what's your baggage question?"
            return InterruptionResult.NotHandled;
        if (path.Contains(MainDialog.DialogId) && path[^1] == BrandPrompts.Menu) return InterruptionResult.NotHandled;
        // "My booking", then its reference with a question: the booking was asked for to answer it, so it is answered (not the
        // summary, and not "let's look at that instead").
        if (path.Contains(BookingDialog.DialogId) && Answers(dc.Activity.Text, path[^1]))
            return InterruptionResult.Replace(MainDialog.DialogId, new MainState { Intent = intent });
        if (path.FirstOrDefault(BrandIntents.OpenTheBooking.Contains) is { } current && BrandIntents.OpenTheBooking.Contains(intent)
            && (Answers(dc.Activity.Text, path[^1]) || (current == BrandIntents.CheckIn && intent == BrandIntents.SeatChange)))
        {
            var text = dc.Activity.Text;
            var requests = SeveralRequests.InOrder([new FlowRequest(current, text), new FlowRequest(intent, text)]);
            return InterruptionResult.Replace(MainDialog.DialogId,
                new MainState { Intent = requests[0].Intent, Then = requests[1..], OpenBooking = dc.Customer().BookingReference });
        }
        dc.Send(texts.Welcome.Switching);
        return InterruptionResult.Replace(MainDialog.DialogId, new MainState { Intent = intent });
    }

    /// <summary>
    /// A flight number (and no booking reference) said at a question that does not take one: not inside the flight status
    /// flow, nor at the menu or "how did you hear about us?" (which serve requests themselves); in a description only when
    /// the message clearly asks about the flight ("NM 1235 on time?"), since "black bag from NM 1234" describes the bag.
    /// </summary>
    private static bool AsksAboutAFlight(string? text, IReadOnlyList<string> path, bool inFreeText, double score) =>
        AirlineEntities.FlightNumber(text) is not null && AirlineEntities.BookingReference(text) is null
        && path[^1] != BrandPrompts.Menu && !path.Contains(FlightStatusDialog.DialogId) && !path.Contains(HowDidYouHearDialog.DialogId)
        && (!inFreeText || score >= SwitchScore);

    /// <summary>A flight number, words of its status ("late", « en retard »), and an unhappy tone.</summary>
    private static bool UnhappyAboutAFlight(DialogContext dc) =>
        AirlineEntities.FlightNumber(dc.Activity.Text) is not null && AirlineEntities.BookingReference(dc.Activity.Text) is null
        && dc.Intents.Any(m => m is { Intent: BrandIntents.FlightStatus, Score: >= BrandIntents.ContextScore })
        && Feeling.IsUnhappy(dc.Activity.Text, dc.Locale);

    /// <summary>« NM 1235 à l'heure ? » is short: the flight number counts as one word, and punctuation as none.</summary>
    private static bool FewWordsBesideAFlight(string? text) =>
        AirlineEntities.FlightNumber(text) is not null
        && CustomerWords.Of(AirlineEntities.WithoutFlightNumber(text!)).Length + 1 <= MaxCommandWordsInFreeText;

    /// <summary>
    /// The request a booking reference answering the question comes with (<see cref="BrandIntents.RequestMatchOf"/>), said
    /// clearly or asked as a question: one the bot serves on a booking, and not the one already in progress.
    /// </summary>
    private static string? AskedWithTheReference(DialogContext dc, IReadOnlyList<string> path) =>
        Answers(dc.Activity.Text, path[^1]) && RequestWithTheReference(dc) is { } request && !path.Contains(request) ? request : null;

    /// <summary>A request that opens the booking, said clearly or asked as a question beside a booking reference.</summary>
    private static string? RequestWithTheReference(DialogContext dc) =>
        AirlineEntities.BookingReference(dc.Activity.Text) is not null
        && BrandIntents.RequestMatchOf(dc.Intents, BrandIntents.MinScore) is { } request
        && (request.Score >= BrandIntents.ContextScore || dc.Activity.Text!.Contains('?'))
        && request.Intent != BrandIntents.Booking && BrandIntents.OpenTheBooking.Contains(request.Intent)
            ? request.Intent
            : null;

    /// <summary>
    /// "I don't have it", or « c'est quoi un numéro de réservation ? », whose words name the booking too: asking what the
    /// reference is, with no reference in it.
    /// </summary>
    public static bool SaysTheyDontHaveIt(DialogContext dc, IntentMatch top) =>
        top is { Intent: BrandIntents.DontHave, Score: >= CommandScore }
        || (top.Intent == BrandIntents.Booking && AirlineEntities.BookingReference(dc.Activity.Text) is null
            && dc.Intents.Any(m => m is { Intent: BrandIntents.DontHave, Score: >= BrandIntents.ContextScore }));

    /// <summary>
    /// Whether the message holds what the prompt asks for: a booking reference, or a flight number; at the last name, the
    /// reference again, whose message may give the name beside it (the lookup reads it there).
    /// </summary>
    private static bool Answers(string? text, string prompt) => prompt switch
    {
        BrandPrompts.BookingReference or BrandPrompts.ReferenceOrName or BrandPrompts.LastName => AirlineEntities.BookingReference(text) is not null,
        BrandPrompts.FlightQuery => AirlineEntities.FlightNumber(text) is not null || AirlineEntities.BookingReference(text) is not null,
        _ => false,
    };

    private static InterruptionResult Menu() => InterruptionResult.Replace(MainDialog.DialogId, new MainState { Menu = true });
}
