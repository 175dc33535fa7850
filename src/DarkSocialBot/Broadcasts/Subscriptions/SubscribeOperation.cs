using System.Globalization;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts.Subscriptions;

/// <summary>
/// Records subscriptions in one transaction, idempotently: the subscriber is upserted on (channel, user), the consent
/// inserted once per (subscriber, topic, evidence), the subscription upserted on (subscriber, topic). A consent older
/// than the subscription's end (an old import row sent again after a STOP) does not bring it back.
/// </summary>
internal sealed class SubscribeOperation(IReadOnlyList<SubscribeRow> rows, DateTimeOffset now, string defaultTimeZone) : WriteOperation<int>
{
    private const string UpsertSubscriber =
        "INSERT INTO broadcast_subscribers (channel_id, user_id, conversation_id, service_url, bot_id, display_name, language, time_zone, tags, last_seen_at, created_at, updated_at) " +
        "VALUES (@c, @u, @conv, @url, @bot, @name, @lang, @tzInsert, @tagsInsert, @seen, @t, @t) " +
        "ON CONFLICT (channel_id, user_id) DO UPDATE SET conversation_id = excluded.conversation_id, " +
        "service_url = COALESCE(excluded.service_url, broadcast_subscribers.service_url), bot_id = COALESCE(excluded.bot_id, broadcast_subscribers.bot_id), " +
        "display_name = COALESCE(excluded.display_name, broadcast_subscribers.display_name), language = excluded.language, " +
        "time_zone = COALESCE(@tz, broadcast_subscribers.time_zone), tags = COALESCE(@tags, broadcast_subscribers.tags), " +
        "last_seen_at = CASE WHEN excluded.last_seen_at > broadcast_subscribers.last_seen_at THEN excluded.last_seen_at ELSE broadcast_subscribers.last_seen_at END, " +
        "updated_at = excluded.updated_at RETURNING id";
    private const string InsertConsent =
        "INSERT INTO broadcast_consents (subscriber_id, topic, purpose, granted, wording_version, wording, source, evidence, recorded_at) " +
        "VALUES (@s, @topic, @p, @granted, @v, @w, @src, @e, @at) ON CONFLICT (subscriber_id, topic, evidence) DO NOTHING RETURNING id";
    private const string FindConsent = "SELECT id FROM broadcast_consents WHERE subscriber_id = @s AND topic = @topic AND evidence = @e";
    private const string UpsertSubscription =
        "INSERT INTO broadcast_subscriptions (subscriber_id, topic, purpose, status, consent_id, created_at, updated_at) " +
        "VALUES (@s, @topic, @p, @active, @consent, @t, @t) " +
        "ON CONFLICT (subscriber_id, topic) DO UPDATE SET status = excluded.status, purpose = excluded.purpose, consent_id = excluded.consent_id, " +
        "updated_at = excluded.updated_at, ended_at = NULL, end_reason = NULL " +
        "WHERE broadcast_subscriptions.ended_at IS NULL OR broadcast_subscriptions.ended_at < @at";

    private int _active;

    /// <summary>Subscriptions active afterwards (a replayed consent older than an unsubscribe does not count).</summary>
    protected override int Result => _active;

    public override async ValueTask<bool> ExecuteAsync(WriteSession session)
    {
        _active = 0;
        foreach (var row in rows)
        {
            var subscriber = Convert.ToInt64(await session.Command(UpsertSubscriber)
                .With("@c", row.ChannelId).With("@u", row.UserId).With("@conv", row.ConversationId).With("@url", row.ServiceUrl)
                .With("@bot", row.BotId).With("@name", row.DisplayName).With("@lang", row.Language)
                .With("@tzInsert", row.TimeZone ?? defaultTimeZone).With("@tz", row.TimeZone)
                .With("@tagsInsert", row.Tags ?? "|").With("@tags", row.Tags)
                .With("@seen", (row.LastSeenAt ?? row.GrantedAt).UtcTicks).With("@t", now.UtcTicks)
                .ExecuteScalarAsync().ConfigureAwait(false), CultureInfo.InvariantCulture);

            var consent = await session.Command(InsertConsent)
                .With("@s", subscriber).With("@topic", row.Topic).With("@p", (int)row.Purpose).With("@granted", true)
                .With("@v", row.WordingVersion).With("@w", row.Wording).With("@src", (int)row.Source).With("@e", row.Evidence)
                .With("@at", row.GrantedAt.UtcTicks)
                .ExecuteScalarAsync().ConfigureAwait(false)
                ?? await session.Command(FindConsent).With("@s", subscriber).With("@topic", row.Topic).With("@e", row.Evidence)
                    .ExecuteScalarAsync().ConfigureAwait(false);

            _active += await session.Command(UpsertSubscription)
                .With("@s", subscriber).With("@topic", row.Topic).With("@p", (int)row.Purpose).With("@active", (int)SubscriptionStatus.Active)
                .With("@consent", Convert.ToInt64(consent, CultureInfo.InvariantCulture)).With("@t", now.UtcTicks).With("@at", row.GrantedAt.UtcTicks)
                .ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        return true;
    }
}
