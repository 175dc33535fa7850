namespace DarkSocialBot.Core.Dialogs.Interruptions;

/// <summary>
/// Looks at every message before the active dialog does ("help", "start over", "agent", "en français"), once for all
/// dialogs. Handlers run in registration order; the first that handles the message decides what happens next.
/// </summary>
public interface IInterruptionHandler
{
    Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken);
}
