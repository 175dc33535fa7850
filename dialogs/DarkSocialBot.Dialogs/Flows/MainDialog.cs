using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Core.Sentiment;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Attribution;
using DarkSocialBot.Dialogs.Handoff;
using DarkSocialBot.Dialogs.Intents;
using DarkSocialBot.Dialogs.Interruptions;
using DarkSocialBot.Dialogs.Prompts;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// The root: routes the customer's message to its flow (or offers the menu when it is small talk or not understood), and
/// after a flow asks "anything else?". After a flow that resolved the request, and only then, it begins the dialog
/// <see cref="FollowUpDialogId"/> when one is registered and the conversation is not with an agent (the "how did you hear
/// about us?" question: that dialog decides itself whether it was already asked). A message with several requests
/// (<see cref="SeveralRequests"/>) is taken one request at a time: the first with the whole message (a reference or a name
/// anywhere in it is used), then each next one with its own words, and "anything else?" after the last.
/// </summary>
internal sealed class MainDialog : ComponentDialog
{
    public const string DialogId = "main";
    public const string FollowUpDialogId = "hdyhau";
    private const string Steps = DialogId + ".steps";
    private readonly IAirlineBackend _airline;
    private readonly IHandoffDesk _desk;
    private readonly BrandTexts _texts;
    private readonly IntentRecognizer _intents;

    public MainDialog(IAirlineBackend airline, IHandoffDesk desk, BrandTexts texts, IntentRecognizer intents) : base(DialogId)
    {
        _airline = airline;
        _desk = desk;
        _texts = texts;
        _intents = intents;
        Add(new WaterfallDialog<MainState>(Steps)
            .Step(RouteAsync)
            .Step(StartFlowAsync)
            .Step(FollowUpAsync)
            .Step(AnythingElseAsync)
            .Step(NextRequestAsync));
        Add(new MenuPrompt(BrandPrompts.Menu, airline, texts.Welcome.EvidenceKept, texts.Welcome.YesToMore));
    }

    private async Task<DialogTurnResult> RouteAsync(WaterfallStep<MainState> step, CancellationToken cancellationToken)
    {
        var dc = step.Context;
        CustomerLanguage.Follow(dc);
        // A photo or document sent before any request is kept: a bag report that follows takes it.
        var kept = Evidence.Keep(dc);
        var recognized = BrandIntents.RequestOf(dc.Intents, BrandIntents.MinScore);
        var intent = step.State.Menu ? null : step.State.Intent ?? recognized;
        var text = dc.Activity.Text;
        // Not a request the words say, or said with a hello: "flight from Lyon to London today?" asks for a status by the places
        // it names; "hi, is there a lounge in Lyon?" asks what the bot cannot answer (a colleague is offered, not the menu).
        if (!step.State.Menu && step.State.Intent is null && intent is null or BrandIntents.Greeting or BrandIntents.Help or BrandIntents.DontHave
            && !LanguageGuess.IsOtherLanguage(text))
            intent = await MenuPrompt.UnnamedRequestAsync(dc, _airline, cancellationToken) ?? intent;
        // "what is the booking reference?" first: where to find it, then the booking it opens (it tied with the booking request,
        // which only asked for the reference).
        if (!step.State.Menu && step.State.Intent is null && dc.Intent is { } top && BrandInterruptions.SaysTheyDontHaveIt(dc, top)
            && top.Intent is BrandIntents.Booking or BrandIntents.DontHave && NamesTheReference(dc.Activity.Text))
        {
            step.Send(_texts.Booking.WhereReference);
            return await step.NextAsync(BrandIntents.Booking, cancellationToken);
        }
        if (intent is not null && (BrandIntents.Flows.Contains(intent) || intent == BrandIntents.Question))
            return await step.NextAsync(intent, cancellationToken);
        if (intent == BrandIntents.Thanks)
        {
            step.Send(_texts.Welcome.Thanks);
            return await step.EndAsync(null, cancellationToken);
        }
        var question = step.State.Menu ? _texts.Welcome.MenuPrompt
            // A link passed on alone (an offer a friend sent on WhatsApp): the bot cannot open it, and says so kindly.
            : intent is null && SharedLink.In(text) ? _texts.Welcome.LinkShared
            // "Hallo, ik wil inchecken": said in both languages the bot speaks, before its menu.
            : (intent is null or BrandIntents.Greeting or BrandIntents.Help) && LanguageGuess.IsOtherLanguage(dc.Activity.Text) ? _texts.Welcome.OtherLanguage
            : intent is BrandIntents.Greeting or BrandIntents.Help or BrandIntents.Cancel or BrandIntents.BackToBot ? _texts.Welcome.Greeting
            : ActivityContent.IsUnavailable(dc.Activity) ? _texts.Engine.NotReceived
            : ActivityContent.IsVoiceNote(dc.Activity) ? _texts.Engine.NotVoice
            : ActivityContent.IsMediaOnly(dc.Activity) ? (kept ? _texts.Welcome.EvidenceKept : _texts.Engine.NotText).Then(_texts.Welcome.MenuPrompt)
            : _texts.Welcome.NotSure;
        return await AskMenuAsync(step, question, finishing: false, cancellationToken);
    }

    private Task<DialogTurnResult> StartFlowAsync(WaterfallStep<MainState> step, CancellationToken cancellationToken)
    {
        var intent = step.ResultAs<string>();
        if (intent == BrandIntents.Thanks)
        {
            step.Send(_texts.Welcome.Goodbye);
            return step.EndAsync(null, cancellationToken);
        }
        CustomerLanguage.Follow(step.Context);
        // Several requests, whether said first or in answer to the menu ("hi", then "check in and change my seat"), or
        // mid-flow with the answer to its question ("ABC123 and also change my seat": the interruptions queue the flow).
        var fresh = step.State.Text is null;
        var several = fresh && step.State.Then is null ? SeveralRequests.In(_intents, step.Context.Activity.Text, step.Context.Locale) : null;
        if (several is [var colleague]) intent = colleague.Intent;
        else if (several is [var first, ..])
        {
            step.State.Then = several[1..];
            intent = first.Intent;
        }
        // A colleague first offers themselves; the bot announces only the requests it takes one at a time.
        if (fresh && step.State.Then is not null && RequestName(intent) is { } name) step.Send(_texts.Welcome.Several.Fill(("first", name)));
        step.Context.Customer().LastIntent = intent;
        // The next of several requests has its own words, and is about the booking the customer has open, if any.
        var (dialogId, options) = step.State.Text is { } words
            ? FlowFor(intent, words, step.Context.Customer().BookingReference)
            : FlowFor(intent, step.Context.Activity.Text, step.State.OpenBooking);
        return step.BeginAsync(dialogId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> FollowUpAsync(WaterfallStep<MainState> step, CancellationToken cancellationToken)
    {
        var outcome = step.Result as FlowOutcome? ?? FlowOutcome.NotResolved;
        step.State.Outcome = outcome;
        if (outcome == FlowOutcome.HandedOff) return await step.EndAsync(outcome, cancellationToken);
        if (step.State.Then is [var next, ..] then)
        {
            step.Send(_texts.Welcome.NextRequest.Fill(("next", RequestName(next.Intent)!)));
            return await step.ReplaceAsync(Steps, new MainState { Intent = next.Intent, Text = next.Text ?? "", Then = then.Count > 1 ? then[1..] : null },
                cancellationToken);
        }
        if (outcome == FlowOutcome.Resolved && step.Context.Find(FollowUpDialogId) is not null
            && !await _desk.IsOpenAsync(HandoffDialog.ConversationKey(step.Context), cancellationToken))
            return await step.BeginAsync(FollowUpDialogId, null, cancellationToken);
        return await step.NextAsync(null, cancellationToken);
    }

    /// <summary>"Anything else?"; unless the customer answered the follow-up question with a new request, which is served.</summary>
    /// A goodbye there ("thanks, bye", « merci, c'est tout ») is answered with one, not with "anything else?".
    private Task<DialogTurnResult> AnythingElseAsync(WaterfallStep<MainState> step, CancellationToken cancellationToken)
    {
        if (step.Result is IntentMatch request && BrandIntents.Flows.Contains(request.Intent))
            return step.ReplaceAsync(Steps, new MainState { Intent = request.Intent }, cancellationToken);
        if (step.Result is not HowDidYouHearDialog.CustomerLeft) return AskMenuAsync(step, _texts.Welcome.AnythingElse, finishing: true, cancellationToken);
        step.Send(_texts.Welcome.Goodbye);
        return step.EndAsync(step.State.Outcome, cancellationToken);
    }

    private Task<DialogTurnResult> NextRequestAsync(WaterfallStep<MainState> step, CancellationToken cancellationToken)
    {
        var intent = step.ResultAs<string>();
        if (intent != BrandIntents.Thanks) return step.ReplaceAsync(Steps, new MainState { Intent = intent }, cancellationToken);
        step.Send(_texts.Welcome.Goodbye);
        return step.EndAsync(step.State.Outcome, cancellationToken);
    }

    private Task<DialogTurnResult> AskMenuAsync(WaterfallStep<MainState> step, LocalizedText question, bool finishing,
        CancellationToken cancellationToken)
    {
        var menu = _texts.Menu;
        List<Choice> choices =
        [
            new(BrandIntents.FlightStatus, menu.FlightStatus), new(BrandIntents.CheckIn, menu.CheckIn),
            new(BrandIntents.SeatChange, menu.Seat), new(BrandIntents.Baggage, menu.Baggage),
            new(BrandIntents.Booking, menu.Booking), new(BrandIntents.Agent, menu.Agent),
        ];
        if (finishing) choices.Add(new Choice(BrandIntents.Thanks, menu.Done));
        return step.PromptAsync(BrandPrompts.Menu,
            new PromptOptions { Prompt = question, RetryPrompt = _texts.Welcome.MenuRetry, Choices = choices }, cancellationToken);
    }

    /// <summary>How the bot names a request it runs itself; null for one that goes to a colleague.</summary>
    private LocalizedText? RequestName(string intent) => intent switch
    {
        BrandIntents.FlightStatus => _texts.Names.FlightStatus,
        BrandIntents.Booking => _texts.Names.Booking,
        BrandIntents.SeatChange => _texts.Names.SeatChange,
        BrandIntents.CheckIn => _texts.Names.CheckIn,
        BrandIntents.Baggage => _texts.Names.Baggage,
        BrandIntents.LostBag => _texts.Names.LostBag,
        BrandIntents.TravelInfo => _texts.Names.TravelInfo,
        _ => null,
    };

    /// <summary>Which dialog serves an intent, and with what.</summary>
    public static (string DialogId, object Options) FlowFor(string intent, string? text, string? openBooking = null) => intent switch
    {
        BrandIntents.Agent => (HandoffDialog.DialogId, new HandoffOptions(HandoffReason.Agent)),
        BrandIntents.Complaint => (HandoffDialog.DialogId, new HandoffOptions(HandoffReason.Complaint, LongEnough(text))),
        BrandIntents.Rebook => (HandoffDialog.DialogId, new HandoffOptions(HandoffReason.Rebook)),
        BrandIntents.Compensation => (FlightStatusDialog.DialogId, new FlowRequest(intent, text, openBooking)),
        // "Can I bring my dog?": the pet rules, then a colleague to book its place; other assistance, a colleague who reads the question.
        BrandIntents.Assistance when TravelInfoDialog.AboutPets(text) => (TravelInfoDialog.DialogId, new FlowRequest(intent, text, openBooking)),
        BrandIntents.Assistance => (HandoffDialog.DialogId, new HandoffOptions(HandoffReason.Assistance, text)),
        // A question no flow answers: said honestly, and a colleague offered who reads it.
        BrandIntents.Question => (HandoffDialog.DialogId, new HandoffOptions(HandoffReason.Question, text)),
        _ => (intent, new FlowRequest(intent, text, openBooking)),
    };

    /// <summary>The words name the booking reference ("j'ai oublié mon ordinateur" is something else forgotten).</summary>
    private static bool NamesTheReference(string? text) =>
        CustomerWords.Of(text).Any(word => word is "reference" or "référence" or "ref" or "réf" or "pnr" or "confirmation");

    /// <summary>A complaint already told at some length is kept as the agent's note instead of asking again.</summary>
    private static string? LongEnough(string? text) =>
        text is not null && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 8 ? text : null;
}
