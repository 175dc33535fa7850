using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts.Subscriptions;

/// <summary>
/// Ends a customer's active subscriptions on one channel (those <paramref name="matches"/> selects), recording a
/// withdrawal consent record for each, in one transaction. Returns the topics ended.
/// </summary>
internal sealed class UnsubscribeOperation(
    string channelId, string userId, Func<string, bool> matches, string reason, string evidence, string wording, DateTimeOffset now)
    : WriteOperation<IReadOnlyList<string>>
{
    private const string Active =
        "SELECT t.id, t.subscriber_id, t.topic, t.purpose FROM broadcast_subscriptions t JOIN broadcast_subscribers s ON s.id = t.subscriber_id " +
        "WHERE s.channel_id = @c AND s.user_id = @u AND t.status = @active";
    private const string Withdraw =
        "INSERT INTO broadcast_consents (subscriber_id, topic, purpose, granted, wording_version, wording, source, evidence, recorded_at) " +
        "VALUES (@s, @topic, @p, @granted, @v, @w, @src, @e, @t) ON CONFLICT (subscriber_id, topic, evidence) DO NOTHING";
    private const string End =
        "UPDATE broadcast_subscriptions SET status = @ended, ended_at = @t, end_reason = @r, updated_at = @t WHERE id = @id AND status = @active";

    private readonly List<string> _ended = [];

    protected override IReadOnlyList<string> Result => _ended;

    public override async ValueTask<bool> ExecuteAsync(WriteSession session)
    {
        _ended.Clear();
        var active = new List<(long Id, long Subscriber, string Topic, int Purpose)>();
        await using (var reader = await session.Command(Active).With("@c", channelId).With("@u", userId)
            .With("@active", (int)SubscriptionStatus.Active).ExecuteReaderAsync().ConfigureAwait(false))
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
                active.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt32(3)));
        }
        foreach (var (id, subscriber, topic, purpose) in active.Where(a => matches(a.Topic)))
        {
            await session.Command(Withdraw).With("@s", subscriber).With("@topic", topic).With("@p", purpose).With("@granted", false)
                .With("@v", reason).With("@w", wording).With("@src", (int)ConsentSource.Chat).With("@e", evidence).With("@t", now.UtcTicks)
                .ExecuteNonQueryAsync().ConfigureAwait(false);
            await session.Command(End).With("@ended", (int)SubscriptionStatus.Ended).With("@t", now.UtcTicks).With("@r", reason)
                .With("@id", id).With("@active", (int)SubscriptionStatus.Active).ExecuteNonQueryAsync().ConfigureAwait(false);
            _ended.Add(topic);
        }
        return true;
    }
}
