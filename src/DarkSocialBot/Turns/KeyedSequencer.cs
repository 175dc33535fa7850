using System.Collections.Concurrent;

namespace DarkSocialBot.Turns;

/// <summary>
/// Runs work items one at a time per key, in the order they were queued, and different keys in parallel.
/// Used for turns (per conversation) and for deliveries (per conversation, so replies arrive in order).
/// </summary>
public sealed partial class KeyedSequencer<T>(Func<T, Task> handler, ILogger logger)
{
    private readonly ConcurrentDictionary<string, Lane> _lanes = new(StringComparer.Ordinal);

    public int ActiveKeys => _lanes.Count;

    public void Enqueue(string key, T item)
    {
        while (true)
        {
            var lane = _lanes.GetOrAdd(key, static k => new Lane(k));
            lock (lane)
            {
                if (lane.Closed) continue;
                lane.Items.Enqueue(item);
                if (lane.Running) return;
                lane.Running = true;
            }
            _ = Task.Run(() => DrainAsync(lane));
            return;
        }
    }

    private async Task DrainAsync(Lane lane)
    {
        while (true)
        {
            T item;
            lock (lane)
            {
                if (!lane.Items.TryDequeue(out item!))
                {
                    lane.Closed = true;
                    _lanes.TryRemove(new KeyValuePair<string, Lane>(lane.Key, lane));
                    return;
                }
            }
            try
            {
                await handler(item).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                LogHandlerFailed(logger, ex);
            }
        }
    }

    private sealed class Lane(string key)
    {
        public string Key { get; } = key;
        public Queue<T> Items { get; } = new();
        public bool Running { get; set; }
        public bool Closed { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A sequenced work item failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception);
}
