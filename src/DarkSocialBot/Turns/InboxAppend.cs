using DarkSocialBot.Storage;

namespace DarkSocialBot.Turns;

/// <summary>Stores an inbound activity unless the same (channel, activity id) is already there.</summary>
internal sealed class InboxAppend(InboxEntry entry, Action<long>? onStored) : WriteOperation<long?>
{
    private const string Sql =
        "INSERT INTO inbox (channel_id, activity_id, conversation_key, payload, status, received_at) " +
        "VALUES (@c, @a, @k, @p, 0, @t) ON CONFLICT (channel_id, activity_id) DO NOTHING RETURNING id";

    private long? _id;

    protected override long? Result => _id;

    public override bool NeedsSavepoint => false;

    public override async ValueTask<bool> ExecuteAsync(WriteSession session)
    {
        var id = await session.Command(Sql)
            .With("@c", entry.ChannelId).With("@a", entry.ActivityId).With("@k", entry.ConversationKey)
            .With("@p", entry.Payload).With("@t", entry.ReceivedAt.UtcTicks)
            .ExecuteScalarAsync().ConfigureAwait(false);
        _id = id is null or DBNull ? null : Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
        return _id is not null;
    }

    protected override void OnCommitted()
    {
        if (_id is { } id) onStored?.Invoke(id);
    }
}
