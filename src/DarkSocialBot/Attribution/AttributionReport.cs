using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Attribution;

/// <summary>
/// The marketers' summary, computed from the daily aggregate counts only (so it survives customers' erasure): questions asked,
/// answered and skipped, the response rate, the dark-social share, answers by source, class and share channel, the average
/// sentiment of private-share mentions per source, and a weekly trend (weeks start on Monday, UTC).
/// An erased customer's answer stays in these counts: a count per day, channel, language and source, with no customer,
/// message or pseudonym, is anonymous statistics, not personal data (GDPR recital 26; recital 162: statistical results
/// are aggregate data), so erasure (art. 17) does not reach it, and lowering it would change past reports and betray who
/// asked. <see cref="ErasedAnswers"/> says how many of the answers counted are no longer in the list for that reason.
/// </summary>
public sealed record AttributionReport(
    DateTimeOffset? From, DateTimeOffset? To, int Asked, int Answered, int Skipped, double? ResponseRate, int Dark, double? DarkSocialShare,
    IReadOnlyList<AttributionReport.SourceLine> BySource, IReadOnlyList<AttributionReport.ClassLine> ByClass,
    IReadOnlyList<AttributionReport.ChannelLine> ByChannel, IReadOnlyList<AttributionReport.WeekLine> Weekly, int ErasedAnswers)
{
    public sealed record SourceLine(string Source, string Class, int Answers, double Share, double? AverageSentiment, int SentimentCount);
    public sealed record ClassLine(string Class, int Answers, double Share);
    public sealed record ChannelLine(string Channel, int Answers, double Share);
    public sealed record WeekLine(DateOnly WeekStart, int Asked, int Answered, int Dark, double? DarkSocialShare);

    public static async Task<AttributionReport> BuildAsync(BotDbContext db, AttributionFilter filter, CancellationToken cancellationToken)
    {
        var all = db.AttributionDailyCounts.AsNoTracking().Days(filter, answersOnly: false);
        var answers = db.AttributionDailyCounts.AsNoTracking().Days(filter, answersOnly: true);
        var asked = await all.SumAsync(e => e.Asked, cancellationToken);
        var skipped = await all.SumAsync(e => e.Skipped, cancellationToken);
        var sources = await answers.GroupBy(e => new { e.Source, e.Class })
            .Select(g => new { g.Key.Source, g.Key.Class, Answers = g.Sum(e => e.Answered), Sum = g.Sum(e => e.SentimentSum), Count = g.Sum(e => e.SentimentCount) })
            .ToListAsync(cancellationToken);
        var channels = await answers.GroupBy(e => e.ShareChannel).Select(g => new { Channel = g.Key, Answers = g.Sum(e => e.Answered) })
            .ToListAsync(cancellationToken);
        var askedDays = await all.Where(e => e.Asked > 0).GroupBy(e => e.Day).Select(g => new { Day = g.Key, Asked = g.Sum(e => e.Asked) })
            .ToListAsync(cancellationToken);
        var answeredDays = await answers.GroupBy(e => e.Day)
            .Select(g => new { Day = g.Key, Answered = g.Sum(e => e.Answered), Dark = g.Sum(e => e.Class == "dark" ? e.Answered : 0) })
            .ToListAsync(cancellationToken);
        var days = askedDays.Select(d => (d.Day, d.Asked, Answered: 0, Dark: 0))
            .Concat(answeredDays.Select(d => (d.Day, Asked: 0, d.Answered, d.Dark))).ToList();

        var answered = sources.Sum(s => s.Answers);
        var dark = sources.Where(s => s.Class == "dark").Sum(s => s.Answers);
        // The same filter over the answers still stored (the list's): what the counts hold beyond them was erased.
        var listed = await db.AttributionAnswers.AsNoTracking().Answered(filter).CountAsync(cancellationToken);
        return new AttributionReport(filter.From, filter.To, asked, answered, skipped, Ratio(answered, asked), dark, Ratio(dark, answered),
            [.. sources.Where(s => s.Answers > 0).OrderByDescending(s => s.Answers).ThenBy(s => s.Source, StringComparer.Ordinal)
                .Select(s => new SourceLine(s.Source, s.Class, s.Answers, Ratio(s.Answers, answered) ?? 0, s.Count > 0 ? Math.Round(s.Sum / s.Count, 4) : null, s.Count))],
            [.. sources.GroupBy(s => s.Class).Select(g => new ClassLine(g.Key, g.Sum(s => s.Answers), Ratio(g.Sum(s => s.Answers), answered) ?? 0))
                .Where(c => c.Answers > 0).OrderByDescending(c => c.Answers)],
            [.. channels.Where(c => c.Answers > 0).OrderByDescending(c => c.Answers)
                .Select(c => new ChannelLine(c.Channel.Length == 0 ? "unknown" : c.Channel, c.Answers, Ratio(c.Answers, answered) ?? 0))],
            [.. days.GroupBy(d => WeekStart(d.Day)).OrderBy(g => g.Key).Select(g => new WeekLine(g.Key, g.Sum(d => d.Asked), g.Sum(d => d.Answered),
                g.Sum(d => d.Dark), Ratio(g.Sum(d => d.Dark), g.Sum(d => d.Answered))))],
            Math.Max(0, answered - listed));
    }

    private static double? Ratio(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);

    private static DateOnly WeekStart(DateTimeOffset day)
    {
        var date = DateOnly.FromDateTime(day.UtcDateTime);
        return date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
    }
}
