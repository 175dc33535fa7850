using DarkSocialBot.Core.Activities;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Outbox;

/// <summary>
/// Adds a message to the outbox outside a turn (an agent's reply), leased to this host. Its dispatcher sends it as soon
/// as it is committed, unless an older message of the conversation waits elsewhere (then the poll sends it after that one).
/// </summary>
internal sealed class OutboxAppend(OutboxEntry entry, Activity activity, string leaseOwner, DateTimeOffset leaseUntil, OutboxDispatcher dispatcher)
    : WriteOperation<long>
{
    private const string Sql =
        "INSERT INTO outbox (channel_id, conversation_key, payload, status, attempts, created_at, next_attempt_at, lease_owner, lease_until) " +
        "VALUES (@c, @k, @p, @s, 0, @t, @t, @o, @l) RETURNING id";

    private bool _sendAtOnce;

    protected override long Result => entry.Id;

    public override bool NeedsSavepoint => false;

    public override async ValueTask<bool> ExecuteAsync(WriteSession session)
    {
        var id = await session.Command(Sql)
            .With("@c", entry.ChannelId).With("@k", entry.ConversationKey).With("@p", entry.Payload)
            .With("@s", (int)entry.Status).With("@t", entry.CreatedAt.UtcTicks).With("@o", leaseOwner).With("@l", leaseUntil.UtcTicks)
            .ExecuteScalarAsync().ConfigureAwait(false);
        entry.Id = Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
        _sendAtOnce = await dispatcher.MaySendAtOnceAsync(session, entry.ConversationKey, entry.Id).ConfigureAwait(false);
        return true;
    }

    protected override void OnCommitted()
    {
        if (_sendAtOnce) dispatcher.Enqueue([(entry, activity)]);
    }
}
