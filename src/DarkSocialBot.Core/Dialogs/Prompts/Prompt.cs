using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Core.Dialogs.Prompts;

/// <summary>
/// Asks a question and waits for an answer it can recognize (and the optional validator accepts). An unusable answer
/// gets the retry prompt; after <see cref="PromptOptions.MaxAttempts"/> of them the prompt ends with
/// <see cref="PromptGaveUp"/> instead of asking forever. A message without text (an image, a sticker) is answered
/// politely (a voice note: "I can't listen to voice messages") and counts as an attempt. The customer correcting (editing,
/// <c>messageUpdate</c>) the answer it could not use answers again with the new text; other edits change nothing. Begin
/// options: <see cref="PromptOptions"/>, or just the question.
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator = null) : Dialog(id)
{
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var state = dc.ActiveFrame!.GetState<PromptState>();
        state.Options = options switch
        {
            PromptOptions given => given,
            LocalizedText text => new PromptOptions { Prompt = text },
            string text => new PromptOptions { Prompt = text },
            _ => throw new ArgumentException($"Prompt '{Id}' needs PromptOptions or a question.", nameof(options)),
        };
        await RepromptAsync(dc, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Activity.IsType(ActivityTypes.MessageReaction)) return await ReactAsync(dc, cancellationToken);
        var state = dc.ActiveFrame!.GetState<PromptState>();
        var correction = dc.Activity.IsType(ActivityTypes.MessageUpdate);
        if (correction ? state.RejectedId is null || dc.Activity.ReplyToId != state.RejectedId : !dc.Activity.IsType(ActivityTypes.Message))
            return DialogTurnResult.Waiting;
        var recognized = string.IsNullOrWhiteSpace(dc.Activity.Text)
            ? PromptRecognition<T>.Failure()
            : await RecognizeAsync(dc, state.Options, cancellationToken);
        var check = new PromptValidatorContext<T>(dc, recognized, state.Options, state.FailedAttempts + 1);
        var accepted = recognized.Succeeded && (validator is null || await validator(check, cancellationToken));
        if (accepted) return await dc.EndAsync(recognized.Value, cancellationToken);

        state.FailedAttempts++;
        state.RejectedId = correction ? state.RejectedId : dc.Activity.Id;
        if (state.FailedAttempts >= Math.Max(1, state.Options.MaxAttempts))
            return await dc.EndAsync(new PromptGaveUp(Id, state.FailedAttempts), cancellationToken);

        var retry = check.RetryMessage ?? recognized.Retry ?? state.Options.RetryPrompt;
        var text = retry is not null ? dc.Text(retry) : $"{dc.Text(dc.Messages.NotUnderstood)} {dc.Text(state.Options.Prompt)}";
        if (ActivityContent.IsMediaOnly(dc.Activity))
        {
            var notice = ActivityContent.IsUnavailable(dc.Activity) ? dc.Messages.NotReceived
                : ActivityContent.IsVoiceNote(dc.Activity) ? dc.Messages.NotVoice
                : dc.Messages.NotText;
            text = $"{dc.Text(notice)} {(retry is not null ? dc.Text(retry) : dc.Text(state.Options.Prompt))}";
        }
        dc.Send(Render(dc, text, state.Options));
        return DialogTurnResult.Waiting;
    }

    /// <summary>
    /// A reaction is not a message: it answers the question only when the prompt can read it (<see cref="RecognizeReaction"/>:
    /// 👍 to a yes/no question); otherwise it changes nothing and gets no reply, not even "I can only read text".
    /// </summary>
    private async Task<DialogTurnResult> ReactAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.ActiveFrame!.GetState<PromptState>();
        var recognized = RecognizeReaction(dc, state.Options);
        if (!recognized.Succeeded) return DialogTurnResult.Waiting;
        var check = new PromptValidatorContext<T>(dc, recognized, state.Options, state.FailedAttempts + 1);
        return validator is null || await validator(check, cancellationToken)
            ? await dc.EndAsync(recognized.Value, cancellationToken)
            : DialogTurnResult.Waiting;
    }

    /// <summary>Reads a reaction to the question (the host passes only reactions to the bot's latest message); none by default.</summary>
    protected virtual PromptRecognition<T> RecognizeReaction(DialogContext dc, PromptOptions options) => PromptRecognition<T>.Failure();

    /// <summary>A dialog pushed on top of the prompt ended (e.g. a help dialog): ask again.</summary>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        await RepromptAsync(dc, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var options = dc.ActiveFrame!.GetState<PromptState>().Options;
        dc.Send(Render(dc, dc.Text(options.Prompt), options));
        return Task.CompletedTask;
    }

    public override bool CanContinueFrom(DialogFrame frame, DialogContext dc) =>
        base.CanContinueFrom(frame, dc) && frame.CanReadState<PromptState>();

    /// <summary>Reads the answer; called only for a message with text.</summary>
    protected abstract PromptRecognition<T> Recognize(DialogContext dc, PromptOptions options);

    /// <summary>
    /// Reads the answer when that needs a look-up (Bot Builder's <c>OnRecognizeAsync</c>): e.g. the places a brand flies to.
    /// By default <see cref="Recognize"/>.
    /// </summary>
    protected virtual Task<PromptRecognition<T>> RecognizeAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(Recognize(dc, options));

    /// <summary>The question as a message: plain text, or text with the options as choices.</summary>
    protected virtual Activity Render(DialogContext dc, string text, PromptOptions options) =>
        options.Choices is { Count: > 0 } choices ? MessageFactory.Choices(text, choices, dc.Locale) : MessageFactory.Text(text);
}
