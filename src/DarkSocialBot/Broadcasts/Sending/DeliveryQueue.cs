using System.Data.Common;
using System.Globalization;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts.Sending;

/// <summary>Reads for one sender: its due deliveries per running campaign, and how loaded its outbox is.</summary>
internal static class DeliveryQueue
{
    private const string DueSql =
        "SELECT d.id, s.user_id, s.conversation_id, s.service_url, s.bot_id, s.display_name, s.language, s.time_zone, t.status, " +
        "k.opted_out_at, k.last_inbound_at " +
        "FROM broadcast_deliveries d JOIN broadcast_subscribers s ON s.id = d.subscriber_id " +
        "LEFT JOIN broadcast_subscriptions t ON t.subscriber_id = d.subscriber_id AND t.topic = @topic " +
        "LEFT JOIN contacts k ON k.channel_id = d.channel_id AND k.user_id = s.user_id " +
        "WHERE d.campaign_id = @c AND d.status = @queued AND d.channel_id = @ch AND d.due_at <= @now " +
        "ORDER BY d.due_at, d.id LIMIT @n";

    private const string OutboxLoadSql =
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN attempts > 0 THEN 1 ELSE 0 END), 0), MIN(CASE WHEN attempts > 0 THEN next_attempt_at END) " +
        "FROM outbox WHERE status = @pending AND channel_id = @ch";

    public static async Task<List<ClaimedDelivery>> DueAsync(DbConnection connection, CampaignPlan campaign, string channelId,
        DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = DueSql;
        command.With("@topic", campaign.Topic).With("@c", campaign.Id).With("@queued", (int)BroadcastDeliveryStatus.Queued)
            .With("@ch", channelId).With("@now", now.UtcTicks).With("@n", limit);
        var due = new List<ClaimedDelivery>(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            due.Add(new ClaimedDelivery(
                reader.GetInt64(0), campaign.Id, channelId, reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6), reader.GetString(7),
                reader.IsDBNull(8) ? null : (SubscriptionStatus)reader.GetInt32(8),
                OptedOut: !reader.IsDBNull(9),
                reader.IsDBNull(10) ? null : new DateTimeOffset(reader.GetInt64(10), TimeSpan.Zero)));
        }
        return due;
    }

    /// <summary>Messages of this channel waiting in the outbox; those being retried (the provider pushed back) and the earliest retry.</summary>
    public static async Task<(int Pending, int Retrying, DateTimeOffset? NextRetry)> OutboxLoadAsync(DbConnection connection, string channelId,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = OutboxLoadSql;
        command.With("@pending", (int)OutboxStatus.Pending).With("@ch", channelId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var pending = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
        var retrying = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
        DateTimeOffset? next = reader.IsDBNull(2) ? null : new DateTimeOffset(Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture), TimeSpan.Zero);
        return (pending, retrying, next);
    }
}
