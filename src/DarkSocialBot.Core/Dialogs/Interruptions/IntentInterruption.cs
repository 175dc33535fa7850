namespace DarkSocialBot.Core.Dialogs.Interruptions;

/// <summary>
/// Handles a message whose top intent (from the manager's <c>Intents</c> recognizer) is <paramref name="intent"/> with at
/// least <paramref name="minScore"/>:
/// <code>
/// manager.Interruptions.Add(new IntentInterruption("help", (dc, ct) =>
/// {
///     dc.Send(texts.Help);
///     return Task.FromResult(InterruptionResult.Resume);
/// }));
/// </code>
/// </summary>
public sealed class IntentInterruption(
    string intent,
    Func<DialogContext, CancellationToken, Task<InterruptionResult>> handleAsync,
    double minScore = 0.7) : IInterruptionHandler
{
    public string Intent { get; } = intent;

    public Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.Intent is { } top && top.Intent == Intent && top.Score >= minScore
            ? handleAsync(dc, cancellationToken)
            : Task.FromResult(InterruptionResult.NotHandled);
}
