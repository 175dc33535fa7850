using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Attribution;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DarkSocialBot.Attribution;

/// <summary>
/// Re-runs the current classifier over stored answers of another classifier version, in batches of
/// <see cref="BatchSize"/> (one transaction each), moving each changed answer between sources in the daily counts as well.
/// Answers of erased customers are gone, so their share of the counts keeps its old classification.
/// </summary>
public static class AttributionReclassifier
{
    public const int BatchSize = 500;

    public sealed record Outcome(int Examined, int Changed, int Unchanged, string Version);

    public static async Task<Outcome> RunAsync(BotDbContext db, CancellationToken cancellationToken)
    {
        int examined = 0, changed = 0;
        long after = 0;
        while (true)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var batch = await db.AttributionAnswers
                .Where(e => e.Status == AttributionStatus.Answered && e.Id > after && e.ClassifierVersion != AttributionClassifier.Version)
                .OrderBy(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) break;
            foreach (var answer in batch)
            {
                examined++;
                after = answer.Id;
                var result = AttributionClassifier.Default.Classify(answer.AnswerText, answer.Language);
                var @class = AttributionRecorder.ClassName(result.Class);
                if (result.Source != answer.Source || @class != answer.Class || result.ShareChannel != answer.ShareChannel)
                {
                    changed++;
                    await MoveCountAsync(db, answer, -1, cancellationToken);
                    (answer.Source, answer.Class, answer.ShareChannel) = (result.Source, @class, result.ShareChannel);
                    await MoveCountAsync(db, answer, +1, cancellationToken);
                }
                answer.Detail = result.Detail ?? answer.Detail;
                (answer.Confidence, answer.Evidence, answer.ClassifierVersion) = (result.Confidence, Clip(result.Evidence, 500), result.ClassifierVersion);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return new Outcome(examined, changed, examined - changed, AttributionClassifier.Version);
    }

    private static async Task MoveCountAsync(BotDbContext db, AttributionAnswerEntry answer, int delta, CancellationToken cancellationToken)
    {
        var hasSentiment = answer.ShareSentiment is not null;
        var statement = AttributionSql.Counts(answer.AnsweredAt ?? answer.AskedAt, answer.ChatChannel, answer.Language, answer.Source,
            answer.Class, answer.ShareChannel, answered: delta, sentiment: hasSentiment ? delta * answer.ShareSentiment!.Value : 0,
            sentiments: hasSentiment ? delta : 0);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = statement.Sql;
        foreach (var (name, value) in statement.Parameters) command.With(name, value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string? Clip(string? text, int length) => text is null ? null : TextPrefix.Cut(text, length);
}
