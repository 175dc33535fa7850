using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs.Interruptions;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Core.State;
using DarkSocialBot.Core.Turns;

namespace DarkSocialBot.Core.Dialogs;

/// <summary>
/// Runs a root dialog for each message: interruptions first, then the active dialog continues, or the root begins; an
/// endOfConversation cancels every dialog. The
/// stack lives in conversation state. A stored stack this deploy cannot continue (unknown dialog, other version,
/// unreadable state) is cleared with a polite notice and the root starts again; a prompt that gave up becomes an offer
/// of a human agent (<see cref="AgentDialogId"/>, or the <see cref="DialogMessages.AgentOffer"/> message).
/// </summary>
public sealed class DialogManager
{
    public static readonly StateProperty<DialogStack> StackProperty = new("dialogStack", () => new DialogStack());

    public DialogManager(Dialog root, params Dialog[] dialogs)
    {
        Root = root;
        Dialogs.Add(root);
        foreach (var dialog in dialogs) Dialogs.Add(dialog);
    }

    public Dialog Root { get; }

    /// <summary>Every dialog the stack may name at the top level (the root, prompts, handoff, ...).</summary>
    public DialogSet Dialogs { get; } = new();

    /// <summary>Checked in order before the active dialog sees a message.</summary>
    public IList<IInterruptionHandler> Interruptions { get; } = [];

    /// <summary>Recognizes each message's intents for the interruptions and dialogs (<see cref="DialogContext.Intents"/>).</summary>
    public IntentRecognizer? Intents { get; init; }

    public DialogMessages Messages { get; init; } = new();

    /// <summary>A dialog begun (with the <see cref="PromptGaveUp"/> as options) when a prompt gives up; null sends the agent offer.</summary>
    public string? AgentDialogId { get; init; }

    public async Task<DialogTurnResult> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var stack = turn.ConversationState.Get(StackProperty);
        if (!string.IsNullOrWhiteSpace(stack.Locale)) turn.Locale = stack.Locale;
        var dc = new DialogContext(turn, Dialogs, stack, Messages);
        // The channel ended the conversation (the customer closed it): what the bot was asking is dropped without a word,
        // so a later message starts afresh instead of answering an old question.
        if (turn.Activity.IsType(ActivityTypes.EndOfConversation)) return await dc.CancelAllAsync(cancellationToken);
        if (!dc.CanContinueStoredStack()) return await RestartAsync(dc, cancellationToken);
        if (turn.Activity.IsType(ActivityTypes.Message) && Intents is not null)
            dc.Intents = Intents.RecognizeAll(turn.Activity.Text, turn.Locale);

        DialogTurnResult result;
        try
        {
            result = await RunAsync(dc, cancellationToken);
        }
        catch (JsonException)
        {
            // State written by another deploy that slipped past the checks: same polite restart.
            return await RestartAsync(dc, cancellationToken);
        }
        return result is { Status: DialogTurnStatus.Complete, Result: PromptGaveUp gaveUp }
            ? await OfferAgentAsync(dc, gaveUp, cancellationToken)
            : result;
    }

    private async Task<DialogTurnResult> RunAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        // Events and updates reach an active dialog (prompts ignore them) but never start the root or an interruption.
        if (!dc.Activity.IsType(ActivityTypes.Message)) return await dc.ContinueAsync(cancellationToken);
        foreach (var handler in Interruptions)
        {
            var interruption = await handler.TryHandleAsync(dc, cancellationToken);
            if (interruption.Action != InterruptionAction.NotHandled) return await ApplyAsync(dc, interruption, cancellationToken);
        }
        return dc.ActiveFrame is null
            ? await dc.BeginAsync(Root.Id, null, cancellationToken)
            : await dc.ContinueAsync(cancellationToken);
    }

    private static async Task<DialogTurnResult> ApplyAsync(DialogContext dc, InterruptionResult interruption, CancellationToken cancellationToken)
    {
        switch (interruption.Action)
        {
            case InterruptionAction.Resume:
                await dc.RepromptAsync(cancellationToken);
                return dc.ActiveFrame is null ? DialogTurnResult.Empty : DialogTurnResult.Waiting;
            case InterruptionAction.Handled:
                return dc.ActiveFrame is null ? DialogTurnResult.Empty : DialogTurnResult.Waiting;
            case InterruptionAction.CancelAll:
                return await dc.CancelAllAsync(cancellationToken);
            case InterruptionAction.Replace:
                await dc.CancelAllAsync(cancellationToken);
                return await dc.BeginAsync(interruption.DialogId!, interruption.Options, cancellationToken);
            case InterruptionAction.Push:
                return await dc.BeginAsync(interruption.DialogId!, interruption.Options, cancellationToken);
            default:
                throw new ArgumentOutOfRangeException(nameof(interruption), interruption.Action, "Unknown interruption action.");
        }
    }

    private async Task<DialogTurnResult> RestartAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.Stack.Frames.Clear();
        dc.Send(Messages.ConversationReset);
        return await dc.BeginAsync(Root.Id, null, cancellationToken);
    }

    private async Task<DialogTurnResult> OfferAgentAsync(DialogContext dc, PromptGaveUp gaveUp, CancellationToken cancellationToken)
    {
        if (AgentDialogId is not null) return await dc.BeginAsync(AgentDialogId, gaveUp, cancellationToken);
        dc.SendChoices(Messages.AgentOffer, [new Choice(Messages.AgentChoiceValue, Messages.AgentChoice)]);
        return DialogTurnResult.Complete(gaveUp);
    }
}
