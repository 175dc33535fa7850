namespace DarkSocialBot.Core.Dialogs;

/// <summary>
/// A dialog made of steps run in order. Each step gets the dialog's typed state (<typeparamref name="TState"/>, saved in
/// the stack frame between turns) and the previous step's result, and returns what its prompt or child dialog returns,
/// or moves on with <see cref="WaterfallStep{TState}.NextAsync"/>, or ends. Begin options of type
/// <typeparamref name="TState"/> become the initial state; other options are the first step's result. The version
/// includes the step count, so a deploy that adds or removes a step restarts stored conversations politely instead of
/// running the wrong step.
/// A prompt that gave up ends the waterfall with its <see cref="PromptGaveUp"/> unless <see cref="HandlesGaveUp"/>.
/// </summary>
public sealed class WaterfallDialog<TState>(string id, string version = "1") : Dialog(id, version)
    where TState : class, new()
{
    private readonly List<Func<WaterfallStep<TState>, CancellationToken, Task<DialogTurnResult>>> _steps = [];

    /// <summary>When true, steps receive <see cref="PromptGaveUp"/> results (check <see cref="WaterfallStep{TState}.GaveUp"/>).</summary>
    public bool HandlesGaveUp { get; init; }

    public override string Version => $"{base.Version}/{_steps.Count}";

    public WaterfallDialog<TState> Step(Func<WaterfallStep<TState>, CancellationToken, Task<DialogTurnResult>> step)
    {
        _steps.Add(step);
        return this;
    }

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var state = dc.ActiveFrame!.GetState<WaterfallState<TState>>();
        if (options is TState initial) state.Values = initial;
        return RunStepAsync(dc, 0, options is TState ? null : options, cancellationToken);
    }

    /// <summary>A step that returned Waiting itself (no prompt) gets the customer's message text as its result.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        RunStepAsync(dc, dc.ActiveFrame!.GetState<WaterfallState<TState>>().Step + 1, dc.Activity.Text, cancellationToken);

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        result is PromptGaveUp && !HandlesGaveUp
            ? dc.EndAsync(result, cancellationToken)
            : RunStepAsync(dc, dc.ActiveFrame!.GetState<WaterfallState<TState>>().Step + 1, result, cancellationToken);

    public override bool CanContinueFrom(DialogFrame frame, DialogContext dc) =>
        base.CanContinueFrom(frame, dc)
        && frame.CanReadState<WaterfallState<TState>>()
        && frame.GetState<WaterfallState<TState>>().Step < _steps.Count;

    internal Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count) return dc.EndAsync(result, cancellationToken);
        var state = dc.ActiveFrame!.GetState<WaterfallState<TState>>();
        state.Step = index;
        return _steps[index](new WaterfallStep<TState>(this, dc, state.Values, result, index), cancellationToken);
    }
}
