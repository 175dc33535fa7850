using System.Collections.Concurrent;
using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.State;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Turns;

/// <summary>
/// The database side of the core's state port: state documents with versions (cached in memory; a stale cache
/// only costs a conflict and a re-run), the inbox, and turn commits through the group-commit writer. Replies of
/// a committed turn go straight to the dispatcher, unless an older reply of the conversation is waiting elsewhere.
/// </summary>
public sealed class TurnStore(
    StorageWriter writer,
    SqlReads reads,
    OutboxDispatcher dispatcher,
    IOptions<OutboxOptions> outboxOptions,
    TimeProvider time) : IConversationStore
{
    private const int MaxCached = 100_000;
    private readonly ConcurrentDictionary<string, StateDocument> _cache = new(StringComparer.Ordinal);
    private int _cached; // ConcurrentDictionary.Count takes every lock: count new keys ourselves

    /// <returns>The inbox id, or null when this activity was stored before (a provider retry).</returns>
    public Task<long?> AppendInboundAsync(Activity activity, string conversationKey, Action<long>? onStored)
    {
        var entry = new InboxEntry
        {
            ChannelId = activity.ChannelId!,
            ActivityId = activity.Id!,
            ConversationKey = conversationKey,
            Payload = JsonSerializer.SerializeToUtf8Bytes(activity, ActivityJson.Default.Activity),
            ReceivedAt = time.GetUtcNow(),
        };
        return writer.ExecuteAsync(new InboxAppend(entry, onStored));
    }

    public async ValueTask<TurnSnapshot> LoadAsync(StateKeys keys, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(keys.Conversation, out var conversation) && _cache.TryGetValue(keys.User, out var user))
            return new TurnSnapshot(conversation, user);

        conversation = user = StateDocument.Empty;
        await using var connection = await reads.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, data, version FROM states WHERE key = @c OR key = @u";
        command.With("@c", keys.Conversation).With("@u", keys.User);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var document = new StateDocument((byte[])reader.GetValue(1), reader.GetInt64(2));
                if (reader.GetString(0) == keys.Conversation) conversation = document;
                else user = document;
            }
        }
        Remember(keys.Conversation, conversation);
        Remember(keys.User, user);
        return new TurnSnapshot(conversation, user);
    }

    /// <returns>true once the inbound activity's turn is saved: by this commit, or already by an earlier run of it.</returns>
    public async ValueTask<bool> TryCommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var inline = string.Equals(commit.Inbound.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        var outgoing = commit.Outgoing.Select(reply => new OutboxEntry
        {
            ChannelId = reply.ChannelId ?? commit.Inbound.ChannelId!,
            ConversationKey = commit.Keys.Conversation,
            Payload = JsonSerializer.SerializeToUtf8Bytes(reply, ActivityJson.Default.Activity),
            Status = inline ? OutboxStatus.Inline : OutboxStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        }).ToList();

        var lease = outboxOptions.Value;
        var saved = await writer.ExecuteAsync(new TurnCommitOperation(commit, outgoing, now, lease.InstanceId, now + lease.LeaseDuration, dispatcher.MaySendAtOnceAsync, OnCommitted));
        if (!saved)
        {
            _cache.TryRemove(commit.Keys.Conversation, out _);
            _cache.TryRemove(commit.Keys.User, out _);
        }
        return saved;
    }

    /// <summary>Forgets cached state (after erasure or a change made outside turns).</summary>
    public void Forget(string key) => _cache.TryRemove(key, out _);

    private void OnCommitted(TurnCommitOperation operation)
    {
        var commit = operation.Commit;
        if (commit.Conversation is not null) Remember(commit.Keys.Conversation, new StateDocument(commit.Conversation, commit.Loaded.Conversation.Version + 1));
        if (commit.User is not null) Remember(commit.Keys.User, new StateDocument(commit.User, commit.Loaded.User.Version + 1));
        // Otherwise an older reply of this conversation waits elsewhere: the poll sends these after it.
        if (operation.SendAtOnce) dispatcher.Enqueue(operation.Outgoing.Zip(commit.Outgoing).Where(pair => pair.First.Status == OutboxStatus.Pending));
    }

    private void Remember(string key, StateDocument document)
    {
        if (!_cache.TryAdd(key, document))
        {
            _cache[key] = document;
            return;
        }
        if (Interlocked.Increment(ref _cached) <= MaxCached) return;
        Interlocked.Exchange(ref _cached, 0);
        _cache.Clear();
    }
}
