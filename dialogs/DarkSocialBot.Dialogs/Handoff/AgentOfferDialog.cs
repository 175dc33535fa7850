using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Dialogs.Flows;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Handoff;

/// <summary>
/// What the engine starts when a prompt gave up (too many answers it could not use, or a booking not found three times):
/// offers a colleague instead of asking again. "Sure", "👍" or « volontiers » accept; an answer that says neither ("hmm",
/// "I don't know") gets the question once more; declining, or a second unclear answer, ends politely; nothing loops.
/// </summary>
internal sealed class AgentOfferDialog : ComponentDialog
{
    public const string DialogId = "agentOffer";
    private readonly BrandTexts _texts;

    public AgentOfferDialog(BrandTexts texts) : base(DialogId)
    {
        _texts = texts;
        Add(new WaterfallDialog<NoState>(DialogId + ".steps") { HandlesGaveUp = true }
            .Step(OfferAsync)
            .Step(DecideAsync));
    }

    private Task<DialogTurnResult> OfferAsync(WaterfallStep<NoState> step, CancellationToken cancellationToken)
    {
        var gaveUp = step.Result as PromptGaveUp;
        var offer = gaveUp?.PromptId == BookingLookupDialog.DialogId ? _texts.Booking.GaveUp : _texts.Engine.AgentOffer;
        Choice[] choices =
        [
            new("yes", _texts.Handoff.AgentYes, ["agent", "conseiller"]),
            new("no", _texts.Handoff.AgentNo),
        ];
        return step.PromptAsync(ConfirmPrompt.DefaultId,
            new PromptOptions { Prompt = offer, RetryPrompt = _texts.Handoff.AgentOfferRetry, Choices = choices, MaxAttempts = 2 }, cancellationToken);
    }

    private Task<DialogTurnResult> DecideAsync(WaterfallStep<NoState> step, CancellationToken cancellationToken)
    {
        if (step.Result is true)
            return step.ReplaceAsync(HandoffDialog.DialogId, new HandoffOptions(HandoffReason.GaveUp), cancellationToken);
        step.Send(_texts.Handoff.Declined);
        return step.EndAsync(FlowOutcome.NotResolved, cancellationToken);
    }
}
