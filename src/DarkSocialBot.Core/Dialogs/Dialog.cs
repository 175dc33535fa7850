namespace DarkSocialBot.Core.Dialogs;

/// <summary>
/// A conversation step that can span turns. <see cref="BeginAsync"/> starts it, <see cref="ContinueAsync"/> gets the
/// customer's next message while it is on top of the stack, <see cref="ResumeAsync"/> gets the result of a dialog it
/// started. Each returns Waiting, or ends through <see cref="DialogContext.EndAsync"/>.
/// </summary>
public abstract class Dialog(string id, string version = "1")
{
    public string Id { get; } = id;

    /// <summary>Stored in every frame; a stored frame of another version is not continued (the conversation restarts politely).</summary>
    public virtual string Version { get; } = version;

    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndAsync(null, cancellationToken);

    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        dc.EndAsync(result, cancellationToken);

    /// <summary>Asks the question again (after an interruption such as "help" was answered).</summary>
    public virtual Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Whether a stored frame, perhaps written by an older deploy, can be continued by this dialog.</summary>
    public virtual bool CanContinueFrom(DialogFrame frame, DialogContext dc) => string.Equals(frame.Version, Version, StringComparison.Ordinal);
}
