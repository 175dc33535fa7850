using DarkSocialBot.Storage;

namespace DarkSocialBot.Attribution;

/// <summary>The filters as database queries: answers (answered ones) and the daily aggregate counts.</summary>
internal static class AttributionQueries
{
    public static IQueryable<AttributionAnswerEntry> Answered(this IQueryable<AttributionAnswerEntry> answers, AttributionFilter filter)
    {
        var query = answers.Where(e => e.Status == AttributionStatus.Answered);
        if (filter.From is { } from) query = query.Where(e => e.AnsweredAt >= from);
        if (filter.To is { } to) query = query.Where(e => e.AnsweredAt < to);
        if (filter.Channel is { } channel) query = query.Where(e => e.ShareChannel == channel);
        if (filter.Class is { } @class) query = query.Where(e => e.Class == @class);
        if (filter.Source is { } source) query = query.Where(e => e.Source == source);
        if (filter.Language is { } language) query = query.Where(e => e.Language == language);
        if (filter.ChatChannel is { } chatChannel) query = query.Where(e => e.ChatChannel == chatChannel);
        return query;
    }

    /// <summary>Counts in the filter's whole UTC days; <paramref name="answersOnly"/> applies the source, class and share channel filters too.</summary>
    public static IQueryable<AttributionDailyCount> Days(this IQueryable<AttributionDailyCount> counts, AttributionFilter filter, bool answersOnly)
    {
        var query = counts;
        if (filter.From is { } from)
        {
            var firstDay = new DateTimeOffset(from.UtcDateTime.Date, TimeSpan.Zero);
            query = query.Where(e => e.Day >= firstDay);
        }
        if (filter.To is { } to) query = query.Where(e => e.Day < to);
        if (filter.Language is { } language) query = query.Where(e => e.Language == language);
        if (filter.ChatChannel is { } chatChannel) query = query.Where(e => e.ChatChannel == chatChannel);
        if (!answersOnly) return query;
        query = query.Where(e => e.Source != "");
        if (filter.Channel is { } channel) query = query.Where(e => e.ShareChannel == channel);
        if (filter.Class is { } @class) query = query.Where(e => e.Class == @class);
        if (filter.Source is { } source) query = query.Where(e => e.Source == source);
        return query;
    }
}
