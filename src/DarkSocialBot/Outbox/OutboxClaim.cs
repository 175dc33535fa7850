using DarkSocialBot.Storage;

namespace DarkSocialBot.Outbox;

/// <summary>
/// Leases due deliveries to this host: pending, due, and either already this host's (a restart) or with an expired
/// lease (another host died). A conversation's messages go out in order: a row waits while an older one of the same
/// conversation is still pending (backing off after a refusal, say), so a restart never lets a newer reply overtake it.
/// The lease condition is repeated on the outer UPDATE so that, on PostgreSQL, a row another host claimed meanwhile
/// fails the re-check instead of being claimed twice.
/// </summary>
internal sealed class OutboxClaim(string owner, DateTimeOffset now, DateTimeOffset leaseUntil, int limit) : WriteOperation<List<OutboxEntry>>
{
    private const string Sql =
        "UPDATE outbox SET lease_owner = @o, lease_until = @l " +
        "WHERE id IN (SELECT id FROM outbox o WHERE status = 0 AND next_attempt_at <= @t " +
        "AND (lease_owner = @o OR lease_until IS NULL OR lease_until < @t) " +
        "AND NOT EXISTS (SELECT 1 FROM outbox older WHERE older.conversation_key = o.conversation_key AND older.id < o.id AND older.status = 0) " +
        "ORDER BY id LIMIT @n) " +
        "AND (lease_owner = @o OR lease_until IS NULL OR lease_until < @t) " +
        "RETURNING id, channel_id, conversation_key, payload, attempts";

    private readonly List<OutboxEntry> _claimed = [];

    protected override List<OutboxEntry> Result => [.. _claimed.OrderBy(e => e.Id)];

    public override async ValueTask<bool> ExecuteAsync(WriteSession session)
    {
        _claimed.Clear();
        await using var reader = await session.Command(Sql)
            .With("@o", owner).With("@l", leaseUntil.UtcTicks).With("@t", now.UtcTicks).With("@n", limit)
            .ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            _claimed.Add(new OutboxEntry
            {
                Id = reader.GetInt64(0),
                ChannelId = reader.GetString(1),
                ConversationKey = reader.GetString(2),
                Payload = (byte[])reader.GetValue(3),
                Attempts = reader.GetInt32(4),
                Status = OutboxStatus.Pending,
            });
        }
        return true;
    }
}
