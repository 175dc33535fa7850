using System.Diagnostics;
using DarkSocialBot.Attribution;
using DarkSocialBot.Core.Attribution;
using DarkSocialBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Bench.Attribution;

/// <summary>
/// Creates the host's schema (its migration) and inserts answered rows through one prepared statement in batched
/// transactions. Answers are classified sample texts with their real classification; answered times rise with the id
/// over one year, so a date range selects a prefix.
/// </summary>
internal static class Seeder
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan Year = TimeSpan.FromDays(365);

    private const string Insert =
        "INSERT INTO attribution_answers (customer_key, chat_channel, language, status, asked_at, answered_at, answer_text, source, class, " +
        "share_channel, detail, confidence, classifier_version, evidence, follow_up, tracked_code, tracked_source, share_comment, " +
        "share_sentiment, share_sentiment_label) VALUES ($k, $ch, $l, 1, $asked, $t, $a, $s, $c, $sc, $d, $cf, $v, $e, NULL, $tc, $ts, $cm, $ss, $sl)";

    private static readonly string[] Channels = ["web", "twilio-sms", "twilio-whatsapp", "meta-messenger", "meta-whatsapp"];

    public static async Task<TimeSpan> SeedAsync(string path, int rows)
    {
        var connectionString = $"Data Source={path}";
        await using (var db = new BotDbContext(new DbContextOptionsBuilder<BotDbContext>().UseSqlite(connectionString).Options))
            await db.Database.MigrateAsync();

        var stopwatch = Stopwatch.StartNew();
        var samples = Samples.Load().Answers;
        var classified = samples.Select(s => (Text: s.Text, s.Locale, Result: AttributionClassifier.Default.Classify(s.Text, s.Locale))).ToArray();
        var keys = new CustomerKeys(Microsoft.Extensions.Options.Options.Create(new AttributionOptions { PseudonymKey = Convert.ToBase64String(new byte[32]) }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<CustomerKeys>.Instance);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;";
            await pragma.ExecuteNonQueryAsync();
        }
        await using var command = connection.CreateCommand();
        command.CommandText = Insert;
        var parameters = new[] { "$k", "$ch", "$l", "$asked", "$t", "$a", "$s", "$c", "$sc", "$d", "$cf", "$v", "$e", "$tc", "$ts", "$cm", "$ss", "$sl" }
            .Select(name => command.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        var step = Year.Ticks / rows;
        for (var batch = 0; batch < rows; batch += 50_000)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            command.Transaction = (SqliteTransaction)transaction;
            for (var i = batch; i < Math.Min(rows, batch + 50_000); i++)
            {
                var (text, locale, result) = classified[i % classified.Length];
                var answered = Start.UtcTicks + i * step;
                var dark = result.Class == SourceClass.Dark;
                object?[] values =
                [
                    keys.Customer(Channels[i % Channels.Length], $"user-{i}"), Channels[i % Channels.Length], locale, answered - 60_000_000, answered,
                    text, result.Source, result.Class.ToString().ToLowerInvariant(), result.ShareChannel, result.Detail, result.Confidence,
                    result.ClassifierVersion, result.Evidence, i % 7 == 0 ? "SHARE-WA-SPRING" : null, i % 7 == 0 ? SourceCodes.MsgWhatsApp : null,
                    dark ? "She said the crew were lovely and so helpful" : null, dark ? 0.8 : null, dark ? "positive" : null,
                ];
                for (var p = 0; p < parameters.Length; p++) parameters[p].Value = values[p] ?? DBNull.Value;
                await command.ExecuteNonQueryAsync();
            }
            await transaction.CommitAsync();
        }
        await using (var checkpoint = connection.CreateCommand())
        {
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
        }
        return stopwatch.Elapsed;
    }
}
