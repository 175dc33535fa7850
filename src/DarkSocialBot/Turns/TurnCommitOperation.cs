using DarkSocialBot.Core.State;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Turns;

/// <summary>
/// Saves a turn: changed state documents with their version check, the replies into the outbox and the inbound
/// activity marked processed, all or nothing.
/// </summary>
internal sealed class TurnCommitOperation(
    TurnCommit commit,
    IReadOnlyList<OutboxEntry> outgoing,
    DateTimeOffset now,
    Action<TurnCommitOperation>? onCommitted) : WriteOperation<bool>
{
    private const string InsertState =
        "INSERT INTO states (key, data, version, updated_at) VALUES (@k, @d, 1, @t) ON CONFLICT (key) DO NOTHING";
    private const string UpdateState =
        "UPDATE states SET data = @d, version = version + 1, updated_at = @t WHERE key = @k AND version = @v";
    private const string InsertOutbox =
        "INSERT INTO outbox (channel_id, conversation_key, payload, status, attempts, created_at, next_attempt_at) " +
        "VALUES (@c, @k, @p, @s, 0, @t, @t) RETURNING id";
    private const string MarkProcessed =
        "UPDATE inbox SET status = 1, processed_at = @t WHERE channel_id = @c AND activity_id = @a";

    private bool _saved;

    public TurnCommit Commit => commit;
    public IReadOnlyList<OutboxEntry> Outgoing => outgoing;
    protected override bool Result => _saved;

    /// <summary>Only a turn that writes both documents can fail after a first write (the second version check).</summary>
    public override bool NeedsSavepoint => commit.Conversation is not null && commit.User is not null;

    public override async ValueTask<bool> ExecuteAsync(WriteSession session)
    {
        if (!await SaveAsync(session, commit.Keys.Conversation, commit.Conversation, commit.Loaded.Conversation.Version).ConfigureAwait(false)
            || !await SaveAsync(session, commit.Keys.User, commit.User, commit.Loaded.User.Version).ConfigureAwait(false))
            return _saved = false;

        foreach (var entry in outgoing)
        {
            var id = await session.Command(InsertOutbox)
                .With("@c", entry.ChannelId).With("@k", entry.ConversationKey).With("@p", entry.Payload)
                .With("@s", (int)entry.Status).With("@t", now.UtcTicks)
                .ExecuteScalarAsync().ConfigureAwait(false);
            entry.Id = Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
        }
        await session.Command(MarkProcessed)
            .With("@t", now.UtcTicks).With("@c", commit.Inbound.ChannelId).With("@a", commit.Inbound.Id)
            .ExecuteNonQueryAsync().ConfigureAwait(false);
        return _saved = true;
    }

    private async ValueTask<bool> SaveAsync(WriteSession session, string key, byte[]? data, long expectedVersion)
    {
        if (data is null) return true;
        var command = expectedVersion == 0
            ? session.Command(InsertState).With("@k", key).With("@d", data).With("@t", now.UtcTicks)
            : session.Command(UpdateState).With("@k", key).With("@d", data).With("@t", now.UtcTicks).With("@v", expectedVersion);
        return await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
    }

    protected override void OnCommitted()
    {
        if (_saved) onCommitted?.Invoke(this);
    }
}
