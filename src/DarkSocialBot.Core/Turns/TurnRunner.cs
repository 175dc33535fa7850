using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.State;
using Microsoft.Extensions.Logging;

namespace DarkSocialBot.Core.Turns;

/// <summary>
/// Runs a turn the safe way: load state with its version, run middleware and bot, then commit state and replies
/// together; if another turn saved first, reload and run again. A failing bot leaves state as it was and sends
/// one polite apology instead of whatever it had queued.
/// </summary>
public sealed partial class TurnRunner(
    IConversationStore store,
    IBot bot,
    IEnumerable<IMiddleware> middleware,
    TimeProvider time,
    ILogger<TurnRunner> logger)
{
    public const int MaxAttempts = 8;
    private readonly IMiddleware[] _middleware = [.. middleware];

    /// <summary>The text sent when a turn fails; brands may change it.</summary>
    public Func<TurnContext, string> ApologyText { get; set; } = context =>
        context.Locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase)
            ? "Désolé, un problème est survenu de notre côté. Pouvez-vous réessayer ?"
            : "Sorry, something went wrong on our side. Could you try again?";

    public async Task<TurnResult> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        var keys = StateKeys.For(activity);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var snapshot = await store.LoadAsync(keys, cancellationToken);
            var context = new TurnContext(activity, new StateBag(snapshot.Conversation.Data), new StateBag(snapshot.User.Data), time);
            var failed = false;
            try
            {
                await RunPipelineAsync(context, 0, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogTurnFailed(logger, ex, activity.ChannelId, activity.Type);
                failed = true;
                context.ClearResponses();
                if (activity.IsType(ActivityTypes.Message)) context.Send(ApologyText(context));
                if (activity.IsType(ActivityTypes.Invoke)) context.InvokeResponse = new InvokeResponse(500);
            }

            var commit = new TurnCommit(activity, keys, snapshot,
                failed ? null : context.ConversationState.SerializeIfChanged(),
                failed ? null : context.UserState.SerializeIfChanged(),
                context.Responses,
                failed ? null : context.Records);
            if (await store.TryCommitAsync(commit, cancellationToken))
                return new TurnResult(context.Responses, context.InvokeResponse, attempt, failed);
            LogConflict(logger, attempt);
        }
        throw new TurnConflictException($"The turn could not be saved after {MaxAttempts} attempts.");
    }

    private Task RunPipelineAsync(TurnContext context, int index, CancellationToken cancellationToken) =>
        index < _middleware.Length
            ? _middleware[index].OnTurnAsync(context, ct => RunPipelineAsync(context, index + 1, ct), cancellationToken)
            : bot.OnTurnAsync(context, cancellationToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed on channel {ChannelId} for a {ActivityType} activity")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? channelId, string? activityType);

    [LoggerMessage(Level = LogLevel.Debug, Message = "State changed under turn attempt {Attempt}; running it again")]
    private static partial void LogConflict(ILogger logger, int attempt);
}
