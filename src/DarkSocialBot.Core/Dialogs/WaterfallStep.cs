using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Core.Dialogs;

/// <summary>What a waterfall step works with: the typed state, the previous step's result, and the ways to go on.</summary>
public sealed class WaterfallStep<TState> where TState : class, new()
{
    private readonly WaterfallDialog<TState> _dialog;

    internal WaterfallStep(WaterfallDialog<TState> dialog, DialogContext context, TState state, object? result, int index)
    {
        _dialog = dialog;
        Context = context;
        State = state;
        Result = result;
        Index = index;
    }

    public DialogContext Context { get; }

    /// <summary>The dialog's state; change it in place, it is saved with the turn.</summary>
    public TState State { get; }

    /// <summary>The previous step's result (a prompt's value, a child dialog's result), or null.</summary>
    public object? Result { get; }

    public int Index { get; }
    public string Locale => Context.Locale;

    /// <summary>The previous prompt gave up (only seen when the waterfall <c>HandlesGaveUp</c>).</summary>
    public bool GaveUp => Result is PromptGaveUp;

    /// <summary>The previous result as <typeparamref name="T"/>; throws when it is something else.</summary>
    public T ResultAs<T>() => Result is T value
        ? value
        : throw new InvalidOperationException(
            $"Step {Index} of '{_dialog.Id}' expected a {typeof(T).Name} but got {Result?.GetType().Name ?? "null"}.");

    public string Text(LocalizedText text) => Context.Text(text);

    public Activity Send(LocalizedText text) => Context.Send(text);

    public Activity Send(Activity message) => Context.Send(message);

    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken) =>
        Context.BeginAsync(promptId, options, cancellationToken);

    /// <summary>Shorthand: asks <paramref name="prompt"/> with the prompt <paramref name="promptId"/>, optionally with choices.</summary>
    public Task<DialogTurnResult> PromptAsync(string promptId, LocalizedText prompt, CancellationToken cancellationToken,
        IReadOnlyList<Choice>? choices = null) =>
        Context.BeginAsync(promptId, new PromptOptions { Prompt = prompt, Choices = choices }, cancellationToken);

    public Task<DialogTurnResult> BeginAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        Context.BeginAsync(dialogId, options, cancellationToken);

    /// <summary>Runs the next step now, with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken cancellationToken) =>
        _dialog.RunStepAsync(Context, Index + 1, result, cancellationToken);

    public Task<DialogTurnResult> EndAsync(object? result, CancellationToken cancellationToken) => Context.EndAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        Context.ReplaceAsync(dialogId, options, cancellationToken);
}
