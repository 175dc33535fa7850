using DarkSocialBot.Storage;

namespace DarkSocialBot.Attribution;

/// <summary>
/// Attaches a share mention and its sentiment to the customer's answer, once, and adds the sentiment to the answer's day and
/// source in the aggregate counts (so "average sentiment per source" survives erasure).
/// </summary>
internal sealed class ShareMentionWrite(string customerKey, string comment, double sentiment, string label) : WriteOperation<bool>
{
    private bool _recorded;

    protected override bool Result => _recorded;

    public override async ValueTask<bool> ExecuteAsync(WriteSession session)
    {
        DateTimeOffset answeredAt;
        string chatChannel, language, source, @class, shareChannel;
        await using (var reader = await session.Command(AttributionSql.FindAnswered).With("@k", customerKey).ExecuteReaderAsync().ConfigureAwait(false))
        {
            if (!await reader.ReadAsync().ConfigureAwait(false)) return true;
            answeredAt = new DateTimeOffset(reader.GetInt64(0), TimeSpan.Zero);
            (chatChannel, language) = (reader.GetString(1), reader.GetString(2));
            (source, @class) = (reader.IsDBNull(3) ? "" : reader.GetString(3), reader.IsDBNull(4) ? "" : reader.GetString(4));
            shareChannel = reader.IsDBNull(5) ? "" : reader.GetString(5);
        }
        await new SqlStatement(AttributionSql.ShareMention, ("@c", comment), ("@s", sentiment), ("@sl", label), ("@k", customerKey))
            .ExecuteAsync(session).ConfigureAwait(false);
        await AttributionSql.Counts(answeredAt, chatChannel, language, source, @class, shareChannel, sentiment: sentiment, sentiments: 1)
            .ExecuteAsync(session).ConfigureAwait(false);
        _recorded = true;
        return true;
    }
}
