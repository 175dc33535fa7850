using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.State;
using DarkSocialBot.Dialogs.Flows;
using DarkSocialBot.Dialogs.Prompts;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Handoff;

/// <summary>
/// Hands the conversation to a colleague: asks what happened (a complaint, unless the customer already said it at length) or
/// whether they want a colleague (a change the bot cannot make, a cancelled flight, a pet or special assistance), opens the handoff and tells the customer
/// what happens next (hours, expected wait). From then on the bot stays quiet in this conversation until an agent closes it.
/// </summary>
internal sealed class HandoffDialog : ComponentDialog
{
    public const string DialogId = "handoff";
    private const int MaxNoteLength = 1000;
    private readonly IHandoffDesk _desk;
    private readonly BrandTexts _texts;

    public HandoffDialog(IHandoffDesk desk, BrandTexts texts) : base(DialogId)
    {
        _desk = desk;
        _texts = texts;
        Add(new WaterfallDialog<HandoffState>(DialogId + ".steps")
            .Step(AskAsync)
            .Step(OpenAsync));
        Add(new TextPrompt(BrandPrompts.FreeText));
        Add(new ColleagueOfferPrompt());
    }

    /// <summary>
    /// A photo or document while the bot asks what happened (or whether to connect): acknowledged and kept for the colleague
    /// (they open it from the transcript); alone, the question is asked again; with a caption, the caption answers it.
    /// </summary>
    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        await Evidence.AcknowledgeAsync(dc, _texts.Handoff.EvidenceKept, () => RepromptAsync(dc, cancellationToken))
            ? DialogTurnResult.Waiting
            : await base.ContinueAsync(dc, cancellationToken);

    private Task<DialogTurnResult> AskAsync(WaterfallStep<HandoffState> step, CancellationToken cancellationToken)
    {
        var options = step.Result as HandoffOptions ?? new HandoffOptions(HandoffReason.Agent);
        step.State.Reason = options.Reason;
        step.State.Note = options.Note is { } given ? TextPrefix.Cut(given, MaxNoteLength) : null;
        return options.Reason switch
        {
            // Said unhappily beside a request the bot answered: a colleague offered, who reads the customer's words.
            HandoffReason.Complaint when options.Offer is not null && !options.Requested
                => step.PromptAsync(ConfirmPrompt.DefaultId, options.Offer, cancellationToken),
            HandoffReason.Complaint when options.Note is null => step.PromptAsync(BrandPrompts.FreeText,
                new PromptOptions { Prompt = _texts.Handoff.ComplaintAsk, RetryPrompt = _texts.Handoff.ComplaintRetry }, cancellationToken),
            // Told at length at once ("the crew were rude on my flight yesterday"): sorry first, then a colleague, who reads it.
            HandoffReason.Complaint => SorryAsync(step, cancellationToken),
            HandoffReason.Rebook when !options.Requested => step.PromptAsync(ConfirmPrompt.DefaultId, _texts.Handoff.RebookOffer, cancellationToken),
            HandoffReason.FlightCancelled when !options.Requested => step.PromptAsync(ConfirmPrompt.DefaultId, _texts.Flight.CancelledOffer, cancellationToken),
            HandoffReason.Claim when !options.Requested => step.PromptAsync(ConfirmPrompt.DefaultId, _texts.Compensation.ClaimOffer, cancellationToken),
            HandoffReason.Assistance when !options.Requested => step.PromptAsync(ConfirmPrompt.DefaultId, options.Offer ?? _texts.Handoff.AssistanceOffer, cancellationToken),
            HandoffReason.Question when !options.Requested => step.PromptAsync(ConfirmPrompt.DefaultId, _texts.Handoff.QuestionOffer, cancellationToken),
            HandoffReason.Seating when !options.Requested => step.PromptAsync(ConfirmPrompt.DefaultId, _texts.Seat.TogetherColleague, cancellationToken),
            _ => step.NextAsync(null, cancellationToken),
        };
    }

    private Task<DialogTurnResult> SorryAsync(WaterfallStep<HandoffState> step, CancellationToken cancellationToken)
    {
        step.Send(_texts.Handoff.ComplaintSorry);
        return step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> OpenAsync(WaterfallStep<HandoffState> step, CancellationToken cancellationToken)
    {
        if (step.Result is false)
        {
            step.Send(_texts.Handoff.Declined);
            return await step.EndAsync(FlowOutcome.NotResolved, cancellationToken);
        }
        if (step.Result is string note) step.State.Note = TextPrefix.Cut(note, MaxNoteLength);

        var dc = step.Context;
        var customer = dc.Customer();
        Evidence.Take(dc); // the colleague sees it in the transcript, with the conversation's other messages
        var ticket = await _desk.OpenAsync(new HandoffRequest(dc.Activity, step.State.Reason, dc.Locale, customer.LastIntent,
            customer.BookingReference, step.State.Note), cancellationToken);
        customer.HandoffId = ticket.Id;
        step.Send((ticket.TeamAvailable ? _texts.Handoff.Connected : _texts.Handoff.ConnectedAfterHours)
            .Fill(("wait", ticket.ExpectedWaitMinutes), ("opens", ticket.Opens), ("closes", ticket.Closes), ("zone", _texts.Handoff.Zone)));
        return await step.EndAsync(FlowOutcome.HandedOff, cancellationToken);
    }

    /// <summary>The conversation key handoffs are filed under (the same as the inbox and outbox use).</summary>
    public static string ConversationKey(DialogContext dc) => StateKeys.For(dc.Activity).Conversation;
}
