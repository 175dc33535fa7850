using DarkSocialBot.Core.State;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Turns;

/// <summary>
/// Saves a turn: changed state documents with their version check, the replies into the outbox, the turn's records
/// (rows middleware keeps about the message, as <see cref="SqlWrite"/>s) and the inbound activity marked processed, all or
/// nothing.
/// </summary>
internal sealed class TurnCommitOperation(
    TurnCommit commit,
    IReadOnlyList<OutboxEntry> outgoing,
    DateTimeOffset now,
    string leaseOwner,
    DateTimeOffset leaseUntil,
    Func<WriteSession, string, long, ValueTask<bool>> maySendAtOnce,
    Action<TurnCommitOperation>? onCommitted) : WriteOperation<bool>
{
    private const string InsertState =
        "INSERT INTO states (key, data, version, updated_at) VALUES (@k, @d, 1, @t) ON CONFLICT (key) DO NOTHING";
    private const string UpdateState =
        "UPDATE states SET data = @d, version = version + 1, updated_at = @t WHERE key = @k AND version = @v";
    private const string InsertOutbox =
        "INSERT INTO outbox (channel_id, conversation_key, payload, status, attempts, created_at, next_attempt_at, lease_owner, lease_until) " +
        "VALUES (@c, @k, @p, @s, 0, @t, @t, @o, @l) RETURNING id";
    private const string MarkProcessed =
        "UPDATE inbox SET status = 1, processed_at = @t WHERE channel_id = @c AND activity_id = @a AND status = 0";
    private const string MarkPending =
        "UPDATE inbox SET status = 0, processed_at = NULL WHERE channel_id = @c AND activity_id = @a";

    private bool _saved;

    public TurnCommit Commit => commit;
    public IReadOnlyList<OutboxEntry> Outgoing => outgoing;
    protected override bool Result => _saved;

    /// <summary>Only a turn that writes both documents can fail after a first write (the second version check).</summary>
    public override bool NeedsSavepoint => commit.Conversation is not null && commit.User is not null;

    /// <summary>Whether the pending replies may go out at once (no older reply of the conversation waits elsewhere).</summary>
    public bool SendAtOnce { get; private set; }

    /// <summary>The activity's turn had already been saved (by another host after a takeover): nothing was written.</summary>
    public bool AlreadyProcessed { get; private set; }

    public override async ValueTask<bool> ExecuteAsync(WriteSession session)
    {
        // Claim the inbound activity first: a turn is saved once, whichever host ran it.
        var claimed = await session.Command(MarkProcessed)
            .With("@t", now.UtcTicks).With("@c", commit.Inbound.ChannelId).With("@a", commit.Inbound.Id)
            .ExecuteNonQueryAsync().ConfigureAwait(false);
        if (claimed == 0)
        {
            AlreadyProcessed = true;
            return _saved = true;
        }
        if (!await SaveAsync(session, commit.Keys.Conversation, commit.Conversation, commit.Loaded.Conversation.Version).ConfigureAwait(false)
            || !await SaveAsync(session, commit.Keys.User, commit.User, commit.Loaded.User.Version).ConfigureAwait(false))
        {
            // A version conflict: give the claim back (the savepoint, when there is one, undoes the rest).
            await session.Command(MarkPending).With("@c", commit.Inbound.ChannelId).With("@a", commit.Inbound.Id)
                .ExecuteNonQueryAsync().ConfigureAwait(false);
            return _saved = false;
        }

        foreach (var entry in outgoing)
        {
            var id = await session.Command(InsertOutbox)
                .With("@c", entry.ChannelId).With("@k", entry.ConversationKey).With("@p", entry.Payload)
                .With("@s", (int)entry.Status).With("@t", now.UtcTicks).With("@o", leaseOwner).With("@l", leaseUntil.UtcTicks)
                .ExecuteScalarAsync().ConfigureAwait(false);
            entry.Id = Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
        }
        var firstPending = outgoing.FirstOrDefault(entry => entry.Status == OutboxStatus.Pending);
        SendAtOnce = firstPending is null || await maySendAtOnce(session, commit.Keys.Conversation, firstPending.Id).ConfigureAwait(false);
        foreach (var record in commit.Records ?? [])
        {
            if (record is not SqlWrite write)
                throw new InvalidOperationException($"A turn record must be a {nameof(SqlWrite)}, not a {record.GetType().Name}.");
            await write.ExecuteAsync(session).ConfigureAwait(false);
        }
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
        if (_saved && !AlreadyProcessed) onCommitted?.Invoke(this);
    }
}
