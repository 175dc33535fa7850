using Microsoft.Data.Sqlite;

namespace DarkSocialBot.Bench.Broadcasts;

/// <summary>Writes subscribers with their consent and subscription straight into the host's SQLite file (as an import would).</summary>
internal static class Seeder
{
    public static void Seed(string databasePath, string channelId, string topic, string prefix, int count, Uri serviceUrl)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath}");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA busy_timeout=10000;";
            pragma.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        var now = DateTimeOffset.UtcNow.UtcTicks;
        using var subscriber = Command(connection, transaction,
            "INSERT INTO broadcast_subscribers (channel_id, user_id, conversation_id, service_url, bot_id, display_name, language, time_zone, tags, last_seen_at, created_at, updated_at) " +
            "VALUES ($c, $u, $conv, $url, 'bot', $name, $lang, 'Europe/Paris', '|', $t, $t, $t) RETURNING id",
            "$c", "$u", "$conv", "$url", "$name", "$lang", "$t");
        using var consent = Command(connection, transaction,
            "INSERT INTO broadcast_consents (subscriber_id, topic, purpose, granted, wording_version, wording, source, evidence, recorded_at) " +
            "VALUES ($s, $topic, 2, 1, 'offers-v1', 'Would you like to receive our offers?', 2, $e, $t) RETURNING id",
            "$s", "$topic", "$e", "$t");
        using var subscription = Command(connection, transaction,
            "INSERT INTO broadcast_subscriptions (subscriber_id, topic, purpose, status, consent_id, created_at, updated_at) VALUES ($s, $topic, 2, 1, $consent, $t, $t)",
            "$s", "$topic", "$consent", "$t");
        for (var i = 0; i < count; i++)
        {
            var user = $"{prefix}-{i}";
            Set(subscriber, channelId, user, user, serviceUrl.AbsoluteUri, $"Customer {i}", i % 3 == 0 ? "fr" : "en", now);
            var subscriberId = (long)subscriber.ExecuteScalar()!;
            Set(consent, subscriberId, topic, $"import:bench-{user}", now);
            var consentId = (long)consent.ExecuteScalar()!;
            Set(subscription, subscriberId, topic, consentId, now);
            subscription.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private static void Set(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
    }
}
