using DarkSocialBot.Broadcasts.Campaigns;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts.Sending;

/// <summary>
/// Enqueues the next range of a campaign's audience, set-based: one INSERT … SELECT … ON CONFLICT DO NOTHING for the
/// next <c>batchSize</c> subscribers after the cursor, then the cursor moves, in one transaction. Running it twice
/// (a crash, two hosts) is harmless: the unique (campaign, subscriber) index keeps one delivery each.
/// </summary>
internal sealed class FanOutBatch(long campaignId, long cursor, AudienceQuery audience, int batchSize, DateTimeOffset now) : WriteOperation<int>
{
    private int _inserted = -1;

    /// <summary>Positive when the cursor moved (more may follow); 0 when the fan-out is finished; -1 when the campaign moved on meanwhile (paused, another host).</summary>
    protected override int Result => _inserted;

    public override async ValueTask<bool> ExecuteAsync(WriteSession session)
    {
        _inserted = -1;
        var upTo = await audience.Bind(session.Command(
                $"SELECT MAX(sid) FROM (SELECT t.subscriber_id AS sid FROM {audience.From} WHERE {audience.Where} " +
                "AND t.subscriber_id > @from ORDER BY t.subscriber_id LIMIT @n) x")
            .With("@from", cursor).With("@n", batchSize))
            .ExecuteScalarAsync().ConfigureAwait(false);
        if (upTo is null or DBNull)
        {
            var finished = await session.Command(
                    "UPDATE broadcast_campaigns SET fan_out_done = @done, updated_at = @t WHERE id = @c AND fan_out_cursor = @from AND status = @running")
                .With("@done", true).With("@t", now.UtcTicks).With("@c", campaignId).With("@from", cursor).With("@running", (int)CampaignStatus.Running)
                .ExecuteNonQueryAsync().ConfigureAwait(false);
            if (finished == 1) _inserted = 0;
            return true;
        }

        var last = Convert.ToInt64(upTo, System.Globalization.CultureInfo.InvariantCulture);
        var inserted = await audience.Bind(session.Command(
                "INSERT INTO broadcast_deliveries (campaign_id, subscriber_id, channel_id, status, due_at, deferrals, created_at, updated_at) " +
                $"SELECT @c, s.id, s.channel_id, @queued, @t, 0, @t, @t FROM {audience.From} WHERE {audience.Where} " +
                "AND t.subscriber_id > @from AND t.subscriber_id <= @upto ON CONFLICT (campaign_id, subscriber_id) DO NOTHING")
            .With("@c", campaignId).With("@queued", (int)BroadcastDeliveryStatus.Queued).With("@t", now.UtcTicks)
            .With("@from", cursor).With("@upto", last))
            .ExecuteNonQueryAsync().ConfigureAwait(false);
        var moved = await session.Command(
                "UPDATE broadcast_campaigns SET fan_out_cursor = @upto, enqueued = enqueued + @n, updated_at = @t " +
                "WHERE id = @c AND fan_out_cursor = @from AND status = @running")
            .With("@upto", last).With("@n", inserted).With("@t", now.UtcTicks).With("@c", campaignId).With("@from", cursor)
            .With("@running", (int)CampaignStatus.Running)
            .ExecuteNonQueryAsync().ConfigureAwait(false);
        if (moved == 0) return false; // undo: someone else moved the cursor, or the campaign stopped running
        _inserted = Math.Max(inserted, 1);
        return true;
    }
}
