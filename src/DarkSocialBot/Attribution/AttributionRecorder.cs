using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Attribution;
using DarkSocialBot.Core.Privacy;
using DarkSocialBot.Dialogs.Attribution;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Attribution;

/// <summary>
/// Stores what the attribution dialog and the entry middleware learn, through the group-commit writer: the customer as a keyed
/// pseudonym, texts PII-scrubbed and clipped, and the day's aggregate counts in the same savepoint, each only when the answer
/// row actually changed (so a turn that runs twice counts once).
/// </summary>
internal sealed class AttributionRecorder(StorageWriter writer, CustomerKeys keys) : IAttributionRecorder
{
    public Task RecordAskedAsync(AttributionSubject subject, CancellationToken cancellationToken) =>
        writer.ExecuteAsync(new SqlWriteThen(
            new SqlStatement(AttributionSql.InsertAsked, ("@k", Key(subject)), ("@ch", subject.ChannelId), ("@l", subject.Language), ("@t", subject.At.UtcTicks)),
            AttributionSql.Counts(subject.At, subject.ChannelId, subject.Language, null, null, null, asked: 1)));

    public Task RecordAnswerAsync(AttributionSubject subject, AttributionAnswer answer, CancellationToken cancellationToken)
    {
        var result = answer.Result;
        var tracked = answer.TrackedEntry;
        var @class = ClassName(result.Class);
        var insert = new SqlStatement(AttributionSql.Answer,
            ("@k", Key(subject)), ("@ch", subject.ChannelId), ("@l", subject.Language), ("@asked", answer.AskedAt.UtcTicks), ("@t", subject.At.UtcTicks),
            ("@a", Clip(PiiScrubber.Scrub(answer.Text), 1000)), ("@s", result.Source), ("@c", @class), ("@sc", result.ShareChannel),
            ("@d", Clip(PiiScrubber.Scrub(result.Detail), 200)), ("@cf", result.Confidence), ("@v", result.ClassifierVersion),
            ("@e", Clip(result.Evidence, 500)), ("@f", answer.AskedFollowUp == FollowUp.None ? null : answer.AskedFollowUp.ToString()),
            ("@tk", tracked?.Kind.ToString()), ("@tc", Clip(tracked?.Code, 64)), ("@ts", tracked?.Source), ("@tch", tracked?.ShareChannel),
            ("@tca", Clip(tracked?.Campaign, 64)), ("@tm", Clip(tracked?.Medium, 64)));
        return writer.ExecuteAsync(new SqlWriteThen(insert,
            AttributionSql.Counts(subject.At, subject.ChannelId, subject.Language, result.Source, @class, result.ShareChannel, answered: 1)));
    }

    public Task RecordSkippedAsync(AttributionSubject subject, CancellationToken cancellationToken) =>
        writer.ExecuteAsync(new SqlWriteThen(
            new SqlStatement(AttributionSql.Skip, ("@t", subject.At.UtcTicks), ("@k", Key(subject))),
            AttributionSql.Counts(subject.At, subject.ChannelId, subject.Language, null, null, null, skipped: 1)));

    public Task RecordShareMentionAsync(AttributionSubject subject, ShareMention mention, CancellationToken cancellationToken) =>
        writer.ExecuteAsync(new ShareMentionWrite(Key(subject), Clip(PiiScrubber.Scrub(mention.Text), 1000)!,
            Math.Round(mention.Sentiment.Compound, 4), mention.Sentiment.Label.ToString().ToLowerInvariant()));

    public Task RecordTrackedEntryAsync(AttributionSubject subject, TrackedEntry entry, CancellationToken cancellationToken)
    {
        var (code, campaign, medium) = (Clip(entry.Code, 64), Clip(entry.Campaign, 64), Clip(entry.Medium, 64));
        return writer.ExecuteAsync(new SqlWrite(AttributionSql.InsertArrival,
            ("@k", Key(subject)), ("@r", keys.Conversation(subject.ChannelId, subject.ConversationId)), ("@ch", subject.ChannelId),
            ("@kind", entry.Kind.ToString()), ("@code", code), ("@s", entry.Source), ("@sc", entry.ShareChannel),
            ("@ca", campaign), ("@m", medium), ("@t", subject.At.UtcTicks), ("@ek", $"{entry.Kind}:{code}:{campaign}:{medium}")));
    }

    /// <summary>dark, public, paid, owned, unclassified: the names the admin API and exports use.</summary>
    public static string ClassName(SourceClass @class) => @class.ToString().ToLowerInvariant();

    private string Key(AttributionSubject subject) => keys.Customer(subject.ChannelId, subject.UserId);

    private static string? Clip(string? text, int length) => text is null ? null : TextPrefix.Cut(text, length);
}
