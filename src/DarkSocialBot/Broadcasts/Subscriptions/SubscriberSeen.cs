using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts.Subscriptions;

/// <summary>Moves a subscriber's last-seen time forward (at most once an hour: most turns change nothing).</summary>
internal sealed class SubscriberSeen(string channelId, string userId, DateTimeOffset now) : WriteOperation<bool>
{
    private const string Sql =
        "UPDATE broadcast_subscribers SET last_seen_at = @t WHERE channel_id = @c AND user_id = @u AND last_seen_at < @stale";

    protected override bool Result => true;

    public override bool NeedsSavepoint => false;

    public override async ValueTask<bool> ExecuteAsync(WriteSession session)
    {
        await session.Command(Sql).With("@t", now.UtcTicks).With("@c", channelId).With("@u", userId)
            .With("@stale", (now - TimeSpan.FromHours(1)).UtcTicks).ExecuteNonQueryAsync().ConfigureAwait(false);
        return true;
    }
}
