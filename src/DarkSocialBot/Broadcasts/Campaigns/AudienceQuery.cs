using System.Data.Common;
using System.Text;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts.Campaigns;

/// <summary>
/// The SQL that selects a segment's audience: active subscriptions of the topic joined to their subscribers
/// (<c>t</c> and <c>s</c>), filtered by channel, languages, tags and last-seen time: the customer's last message as
/// the contacts record it (<c>k</c>), or the last-seen time the subscription or import brought. Used to count an
/// audience and, in subscriber-id ranges, to fan a campaign out.
/// </summary>
internal sealed class AudienceQuery
{
    private readonly string _where;
    private readonly List<(string Name, object Value)> _parameters = [];

    public AudienceQuery(CampaignSegment segment, DateTimeOffset? seenSince)
    {
        var where = new StringBuilder("t.topic = @a_topic AND t.status = @a_active");
        _parameters.Add(("@a_topic", segment.Topic!));
        _parameters.Add(("@a_active", (int)SubscriptionStatus.Active));
        if (segment.ChannelId is { } channel)
        {
            where.Append(" AND s.channel_id = @a_channel");
            _parameters.Add(("@a_channel", channel));
        }
        if (segment.Languages is { Length: > 0 } languages)
        {
            var names = languages.Select((_, i) => $"@a_lang{i}").ToArray();
            where.Append(" AND s.language IN (").Append(string.Join(", ", names)).Append(')');
            for (var i = 0; i < languages.Length; i++) _parameters.Add((names[i], languages[i].ToLowerInvariant()));
        }
        for (var i = 0; i < (segment.Tags?.Length ?? 0); i++)
        {
            where.Append($" AND s.tags LIKE @a_tag{i}");
            _parameters.Add(($"@a_tag{i}", Tags.Pattern(segment.Tags![i].Trim())));
        }
        if (seenSince is { } since)
        {
            where.Append(" AND (s.last_seen_at >= @a_seen OR k.last_inbound_at >= @a_seen)");
            _parameters.Add(("@a_seen", since.UtcTicks));
            From += " LEFT JOIN contacts k ON k.channel_id = s.channel_id AND k.user_id = s.user_id";
        }
        _where = where.ToString();
    }

    public string From { get; } = "broadcast_subscriptions t JOIN broadcast_subscribers s ON s.id = t.subscriber_id";

    public string Where => _where;

    public DbCommand Bind(DbCommand command)
    {
        foreach (var (name, value) in _parameters) command.With(name, value);
        return command;
    }

    /// <summary>Audience size per language; with <paramref name="unnamed"/>, only the subscribers without a name (for <c>{{name}}</c>).</summary>
    public async Task<Dictionary<string, int>> CountByLanguageAsync(DbConnection connection, CancellationToken cancellationToken, bool unnamed = false)
    {
        await using var command = connection.CreateCommand();
        var where = unnamed ? $"{_where} AND (s.display_name IS NULL OR TRIM(s.display_name) = '')" : _where;
        command.CommandText = $"SELECT s.language, COUNT(*) FROM {From} WHERE {where} GROUP BY s.language";
        Bind(command);
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) counts[reader.GetString(0)] = Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
        return counts;
    }
}
