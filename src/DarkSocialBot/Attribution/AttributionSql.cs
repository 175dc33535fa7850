namespace DarkSocialBot.Attribution;

/// <summary>The attribution writes: idempotent per customer (unique keys), portable between SQLite and PostgreSQL.</summary>
internal static class AttributionSql
{
    public const string InsertAsked =
        "INSERT INTO attribution_answers (customer_key, chat_channel, language, status, asked_at) VALUES (@k, @ch, @l, 0, @t) " +
        "ON CONFLICT (customer_key) DO NOTHING";

    public const string Answer =
        "INSERT INTO attribution_answers (customer_key, chat_channel, language, status, asked_at, answered_at, answer_text, source, class, " +
        "share_channel, detail, confidence, classifier_version, evidence, follow_up, tracked_kind, tracked_code, tracked_source, " +
        "tracked_channel, tracked_campaign, tracked_medium) VALUES (@k, @ch, @l, 1, @asked, @t, @a, @s, @c, @sc, @d, @cf, @v, @e, @f, " +
        "@tk, @tc, @ts, @tch, @tca, @tm) ON CONFLICT (customer_key) DO UPDATE SET status = 1, answered_at = excluded.answered_at, " +
        "language = excluded.language, answer_text = excluded.answer_text, source = excluded.source, class = excluded.class, " +
        "share_channel = excluded.share_channel, detail = excluded.detail, confidence = excluded.confidence, " +
        "classifier_version = excluded.classifier_version, evidence = excluded.evidence, follow_up = excluded.follow_up, " +
        "tracked_kind = excluded.tracked_kind, tracked_code = excluded.tracked_code, tracked_source = excluded.tracked_source, " +
        "tracked_channel = excluded.tracked_channel, tracked_campaign = excluded.tracked_campaign, tracked_medium = excluded.tracked_medium " +
        "WHERE attribution_answers.status = 0";

    public const string Skip =
        "UPDATE attribution_answers SET status = 2, answered_at = @t WHERE customer_key = @k AND status = 0";

    public const string FindAnswered =
        "SELECT answered_at, chat_channel, language, source, class, share_channel FROM attribution_answers " +
        "WHERE customer_key = @k AND status = 1 AND share_sentiment IS NULL";

    public const string ShareMention =
        "UPDATE attribution_answers SET share_comment = @c, share_sentiment = @s, share_sentiment_label = @sl " +
        "WHERE customer_key = @k AND status = 1 AND share_sentiment IS NULL";

    /// <summary>Adds to a day's counts; @asked, @answered, @skipped, @sum and @n are the increments.</summary>
    public const string Count =
        "INSERT INTO attribution_daily_counts (day, chat_channel, language, source, class, share_channel, asked, answered, skipped, " +
        "sentiment_sum, sentiment_count) VALUES (@day, @ch, @l, @s, @c, @sc, @asked, @answered, @skipped, @sum, @n) " +
        "ON CONFLICT (day, chat_channel, language, source, class, share_channel) DO UPDATE SET " +
        "asked = attribution_daily_counts.asked + excluded.asked, answered = attribution_daily_counts.answered + excluded.answered, " +
        "skipped = attribution_daily_counts.skipped + excluded.skipped, " +
        "sentiment_sum = attribution_daily_counts.sentiment_sum + excluded.sentiment_sum, " +
        "sentiment_count = attribution_daily_counts.sentiment_count + excluded.sentiment_count";

    /// <summary>
    /// One arrival per customer, conversation and way in: another link into the same thread is another row, the same referral
    /// delivered (or its turn run) twice is one.
    /// </summary>
    public const string InsertArrival =
        "INSERT INTO arrivals (customer_key, conversation_ref, chat_channel, kind, code, source, share_channel, campaign, medium, seen_at, entry_key) " +
        "VALUES (@k, @r, @ch, @kind, @code, @s, @sc, @ca, @m, @t, @ek) ON CONFLICT (customer_key, conversation_ref, entry_key) DO NOTHING";

    /// <summary>Midnight UTC of the day of <paramref name="at"/>, as stored (UTC ticks).</summary>
    public static long Day(DateTimeOffset at) => new DateTimeOffset(at.UtcDateTime.Date, TimeSpan.Zero).UtcTicks;

    /// <summary>A statement adding to one day's counts.</summary>
    public static Storage.SqlStatement Counts(DateTimeOffset at, string chatChannel, string language, string? source, string? @class,
        string? shareChannel, int asked = 0, int answered = 0, int skipped = 0, double sentiment = 0, int sentiments = 0) =>
        new(Count, ("@day", Day(at)), ("@ch", chatChannel), ("@l", language), ("@s", source ?? ""), ("@c", @class ?? ""),
            ("@sc", shareChannel ?? ""), ("@asked", asked), ("@answered", answered), ("@skipped", skipped), ("@sum", sentiment), ("@n", sentiments));
}
