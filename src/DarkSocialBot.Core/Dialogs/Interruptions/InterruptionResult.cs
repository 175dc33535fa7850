namespace DarkSocialBot.Core.Dialogs.Interruptions;

/// <summary>What an interruption handler decided; see <see cref="InterruptionAction"/>.</summary>
public sealed record InterruptionResult(InterruptionAction Action, string? DialogId = null, object? Options = null)
{
    public static readonly InterruptionResult NotHandled = new(InterruptionAction.NotHandled);
    public static readonly InterruptionResult Resume = new(InterruptionAction.Resume);
    public static readonly InterruptionResult Handled = new(InterruptionAction.Handled);
    public static readonly InterruptionResult CancelAll = new(InterruptionAction.CancelAll);

    public static InterruptionResult Replace(string dialogId, object? options = null) => new(InterruptionAction.Replace, dialogId, options);

    public static InterruptionResult Push(string dialogId, object? options = null) => new(InterruptionAction.Push, dialogId, options);
}
