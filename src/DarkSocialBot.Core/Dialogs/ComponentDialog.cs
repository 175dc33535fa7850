namespace DarkSocialBot.Core.Dialogs;

/// <summary>
/// A dialog made of dialogs: its own set and its own stack, kept in its frame. It starts <see cref="InitialDialogId"/>
/// (by default the first one added) and ends with its result. Subclass it to package a flow with its prompts.
/// </summary>
public class ComponentDialog(string id, string version = "1") : Dialog(id, version)
{
    public DialogSet Dialogs { get; } = new();

    public string? InitialDialogId { get; set; }

    public ComponentDialog Add(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var initial = InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs.");
        return await EndWhenDoneAsync(dc, await Inner(dc).BeginAsync(initial, options, cancellationToken), cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        await EndWhenDoneAsync(dc, await Inner(dc).ContinueAsync(cancellationToken), cancellationToken);

    /// <summary>Something pushed on top of the component ended: the inner dialog asks its question again.</summary>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        await RepromptAsync(dc, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Inner(dc).RepromptAsync(cancellationToken);

    public override bool CanContinueFrom(DialogFrame frame, DialogContext dc) =>
        base.CanContinueFrom(frame, dc)
        && frame.CanReadState<DialogStack>()
        && dc.CreateChild(Dialogs, frame.GetState<DialogStack>()).CanContinueStoredStack();

    private DialogContext Inner(DialogContext dc) => dc.CreateChild(Dialogs, dc.ActiveFrame!.GetState<DialogStack>());

    private static Task<DialogTurnResult> EndWhenDoneAsync(DialogContext dc, DialogTurnResult inner, CancellationToken cancellationToken) =>
        inner.Status switch
        {
            DialogTurnStatus.Complete => dc.EndAsync(inner.Result, cancellationToken),
            DialogTurnStatus.Cancelled or DialogTurnStatus.Empty => dc.EndAsync(null, cancellationToken),
            _ => Task.FromResult(inner),
        };
}
