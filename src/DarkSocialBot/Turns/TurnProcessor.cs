using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.State;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Health;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Turns;

/// <summary>
/// The one entry point every channel adapter uses: store the activity (once), run its turn in order with the
/// other turns of its conversation, and tell the adapter what happened within the acknowledgement window.
/// </summary>
public sealed partial class TurnProcessor
{
    private readonly TurnStore _store;
    private readonly TurnRunner _runner;
    private readonly TurnOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<TurnProcessor> _logger;
    private readonly BotMetrics _metrics;
    private readonly KeyedSequencer<PendingTurn> _lanes;

    public TurnProcessor(TurnStore store, TurnRunner runner, IOptions<TurnOptions> options, TimeProvider time, ILogger<TurnProcessor> logger,
        BotMetrics metrics)
    {
        _store = store;
        _runner = runner;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _metrics = metrics;
        _lanes = new KeyedSequencer<PendingTurn>(RunAsync, logger);
    }

    public Task<TurnSubmission> SubmitAsync(Activity activity, CancellationToken cancellationToken) =>
        SubmitAsync(activity, null, cancellationToken);

    /// <param name="waitAtMost">
    /// How long to wait for the turn before answering <see cref="TurnSubmissionStatus.Accepted"/>; null uses the
    /// configured acknowledgement window. Channels that always reply out of band (Twilio, Meta) pass zero: the
    /// activity is stored, so acknowledging at once loses nothing.
    /// </param>
    public async Task<TurnSubmission> SubmitAsync(Activity activity, TimeSpan? waitAtMost, CancellationToken cancellationToken)
    {
        // The id is the dedupe key: a blank one would make every later blank-id activity of the channel a "duplicate".
        if (string.IsNullOrWhiteSpace(activity.Id)) activity.Id = Guid.NewGuid().ToString("N");
        activity.Timestamp ??= _time.GetUtcNow();
        RemoveNul(activity);
        var key = StateKeys.For(activity).Conversation;
        var pending = new PendingTurn(activity);
        var id = await _store.AppendInboundAsync(activity, key, _ => _lanes.Enqueue(key, pending));
        if (id is null)
        {
            _metrics.Turn(activity.ChannelId ?? "", "duplicate");
            return TurnSubmission.Duplicate;
        }

        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        var wait = expectReplies ? _options.ExpectRepliesWithin : waitAtMost ?? _options.AcknowledgeWithin;
        try
        {
            var result = await pending.Completion.Task.WaitAsync(wait, _time, cancellationToken);
            return new TurnSubmission(TurnSubmissionStatus.Processed, result);
        }
        catch (TimeoutException)
        {
            return TurnSubmission.Accepted;
        }
    }

    /// <summary>
    /// Removes U+0000 from what the customer wrote (text, name, file names), on every channel alike: PostgreSQL cannot store it
    /// in a text column (an attribution answer, a bag description, a contact's name), so the turn failed after the webhook was
    /// acknowledged. Nobody types it; refusing the message instead would lose it (Twilio and Meta cannot be refused a retry).
    /// </summary>
    private static void RemoveNul(Activity activity)
    {
        activity.Text = WithoutNul(activity.Text);
        if (activity.From is { } from) from.Name = WithoutNul(from.Name);
        foreach (var attachment in activity.Attachments ?? [])
            if (attachment is not null) attachment.Name = WithoutNul(attachment.Name);
    }

    private static string? WithoutNul(string? text) =>
        text is not null && text.Contains('\0', StringComparison.Ordinal) ? text.Replace("\0", "", StringComparison.Ordinal) : text;

    /// <summary>Queues a stored activity whose turn never finished (after a restart).</summary>
    internal void Resume(Activity activity) => _lanes.Enqueue(StateKeys.For(activity).Conversation, new PendingTurn(activity));

    private async Task RunAsync(PendingTurn pending)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await _runner.RunAsync(pending.Activity, CancellationToken.None);
                _metrics.Turn(pending.Activity.ChannelId ?? "", "processed");
                _metrics.TurnTook(pending.Activity.ChannelId ?? "", System.Diagnostics.Stopwatch.GetElapsedTime(pending.Arrived));
                pending.Completion.TrySetResult(result);
                return;
            }
            catch (Exception ex) when (attempt < 5)
            {
                // Storage trouble or endless conflicts: the activity stays in the inbox; try again shortly.
                LogTurnRetry(_logger, ex, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(100 * (1 << attempt)), _time);
            }
            catch (Exception ex)
            {
                LogTurnAbandoned(_logger, ex);
                _metrics.Turn(pending.Activity.ChannelId ?? "", "abandoned");
                pending.Completion.TrySetException(ex);
                return;
            }
        }
    }

    private sealed class PendingTurn(Activity activity)
    {
        public Activity Activity { get; } = activity;
        public long Arrived { get; } = System.Diagnostics.Stopwatch.GetTimestamp();
        public TaskCompletionSource<TurnResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn attempt {Attempt} could not be saved; retrying")]
    private static partial void LogTurnRetry(ILogger logger, Exception exception, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn abandoned for now; it stays in the inbox and resumes at the next start")]
    private static partial void LogTurnAbandoned(ILogger logger, Exception exception);
}
