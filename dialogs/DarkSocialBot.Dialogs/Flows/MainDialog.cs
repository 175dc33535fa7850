using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Dialogs.Handoff;
using DarkSocialBot.Dialogs.Intents;
using DarkSocialBot.Dialogs.Prompts;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// The root: routes the customer's message to its flow (or offers the menu when it is small talk or not understood), and
/// after a flow asks "anything else?". After a flow that resolved the request, and only then, it begins the dialog
/// <see cref="FollowUpDialogId"/> when one is registered and the conversation is not with an agent (the "how did you hear
/// about us?" question: that dialog decides itself whether it was already asked).
/// </summary>
internal sealed class MainDialog : ComponentDialog
{
    public const string DialogId = "main";
    public const string FollowUpDialogId = "hdyhau";
    private const string Steps = DialogId + ".steps";
    private readonly IHandoffDesk _desk;
    private readonly BrandTexts _texts;

    public MainDialog(IHandoffDesk desk, BrandTexts texts) : base(DialogId)
    {
        _desk = desk;
        _texts = texts;
        Add(new WaterfallDialog<MainState>(Steps)
            .Step(RouteAsync)
            .Step(StartFlowAsync)
            .Step(FollowUpAsync)
            .Step(AnythingElseAsync)
            .Step(NextRequestAsync));
        Add(new MenuPrompt(BrandPrompts.Menu));
    }

    private Task<DialogTurnResult> RouteAsync(WaterfallStep<MainState> step, CancellationToken cancellationToken)
    {
        var dc = step.Context;
        CustomerLanguage.Follow(dc);
        var recognized = dc.Intent is { Score: >= BrandIntents.MinScore } match ? match.Intent : null;
        var intent = step.State.Menu ? null : step.State.Intent ?? recognized;
        if (intent is not null && BrandIntents.Flows.Contains(intent)) return step.NextAsync(intent, cancellationToken);
        if (intent == BrandIntents.Thanks)
        {
            step.Send(_texts.Welcome.Thanks);
            return step.EndAsync(null, cancellationToken);
        }
        var question = step.State.Menu ? _texts.Welcome.MenuPrompt
            : intent is BrandIntents.Greeting or BrandIntents.Help or BrandIntents.Cancel or BrandIntents.BackToBot ? _texts.Welcome.Greeting
            : string.IsNullOrWhiteSpace(dc.Activity.Text) && dc.Activity.Attachments is { Count: > 0 } ? _texts.Engine.NotText.Then(_texts.Welcome.MenuPrompt)
            : _texts.Welcome.NotSure;
        return AskMenuAsync(step, question, finishing: false, cancellationToken);
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
        step.Context.Customer().LastIntent = intent;
        var (dialogId, options) = FlowFor(intent, step.Context.Activity.Text);
        return step.BeginAsync(dialogId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> FollowUpAsync(WaterfallStep<MainState> step, CancellationToken cancellationToken)
    {
        var outcome = step.Result as FlowOutcome? ?? FlowOutcome.NotResolved;
        step.State.Outcome = outcome;
        if (outcome == FlowOutcome.HandedOff) return await step.EndAsync(outcome, cancellationToken);
        if (outcome == FlowOutcome.Resolved && step.Context.Find(FollowUpDialogId) is not null
            && !await _desk.IsOpenAsync(HandoffDialog.ConversationKey(step.Context), cancellationToken))
            return await step.BeginAsync(FollowUpDialogId, null, cancellationToken);
        return await step.NextAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> AnythingElseAsync(WaterfallStep<MainState> step, CancellationToken cancellationToken) =>
        AskMenuAsync(step, _texts.Welcome.AnythingElse, finishing: true, cancellationToken);

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

    /// <summary>Which dialog serves an intent, and with what.</summary>
    public static (string DialogId, object Options) FlowFor(string intent, string? text) => intent switch
    {
        BrandIntents.Agent => (HandoffDialog.DialogId, new HandoffOptions(HandoffReason.Agent)),
        BrandIntents.Complaint => (HandoffDialog.DialogId, new HandoffOptions(HandoffReason.Complaint, LongEnough(text))),
        BrandIntents.Rebook => (HandoffDialog.DialogId, new HandoffOptions(HandoffReason.Rebook)),
        _ => (intent, new FlowRequest(intent, text)),
    };

    /// <summary>A complaint already told at some length is kept as the agent's note instead of asking again.</summary>
    private static string? LongEnough(string? text) =>
        text is not null && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 8 ? TextPrefix.Cut(text, 1000) : null;
}
