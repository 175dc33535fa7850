using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace DarkSocialBot.Core.Recognizers;

/// <summary>Dates and times in the customer's language ("tomorrow at 5pm", "demain à 17h"), relative to a reference time.</summary>
public static partial class DateTimeRecognition
{
    private static readonly string[] Formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd", "HH:mm:ss"];

    // One recognizer for the process (see NumberRecognition): the static helper builds one, and all its cultures, per call.
    private static readonly DateTimeRecognizer DateTimes = new(DateTimeOptions.None);

    /// <summary>
    /// Every reading of every date or time in the text, in order; ambiguous ones ("at 5") give several. A question of time
    /// ("what time", « à quelle heure ») names none: the French recognizer reads « heure » as "this hour".
    /// </summary>
    public static IReadOnlyList<DateTimeResolution> Recognize(string? text, string locale, DateTime reference)
    {
        var clipped = QuestionOfTime().Replace(TextNormalizer.Clip(text), " ");
        if (clipped.Length == 0) return [];
        var culture = RecognizerCulture.For(locale);
        if (culture == Culture.French) clipped = ComingWeekday(clipped, reference);
        var found = new List<DateTimeResolution>();
        var results = DateTimes.GetDateTimeModel(culture).Parse(clipped, reference);
        foreach (var result in results)
        {
            if (result.Resolution?.TryGetValue("values", out var values) != true || values is not IEnumerable<Dictionary<string, string>> list)
                continue;
            foreach (var value in list)
            {
                var type = value.GetValueOrDefault("type") ?? "";
                found.Add(new DateTimeResolution(
                    value.GetValueOrDefault("timex") ?? "",
                    type,
                    Parse(value.GetValueOrDefault("value"), reference),
                    Parse(value.GetValueOrDefault("start"), reference),
                    Parse(value.GetValueOrDefault("end"), reference)));
            }
        }
        return found;
    }

    /// <summary>
    /// The reading a customer most likely meant: the first one not in the past, else the first one. A range longer than a day
    /// names no day ("NM 1234 is late again, third time this month" read as the 1st of the month, and no such flight).
    /// </summary>
    public static DateTimeResolution? RecognizeBest(string? text, string locale, DateTime reference)
    {
        var all = Recognize(text, locale, reference).Where(r => r.Value is not null || r.Start is null || r.End is null || r.End - r.Start <= TimeSpan.FromDays(1)).ToList();
        return all.FirstOrDefault(r => (r.Value ?? r.Start) is { } when && when >= reference) ?? (all.Count > 0 ? all[0] : null);
    }

    /// <summary>
    /// « vendredi prochain » is the first Friday after today, as French speakers mean it (the recognizer gives the Friday of
    /// next week, which is « vendredi en huit »): written as that date before recognition.
    /// </summary>
    private static string ComingWeekday(string text, DateTime reference) =>
        NextWeekdayInFrench().Replace(text, match =>
        {
            var day = (DayOfWeek)((Array.IndexOf(FrenchWeekdays, match.Groups[1].Value.ToLowerInvariant()) + 1) % 7);
            var ahead = ((int)day - (int)reference.DayOfWeek + 7) % 7;
            return reference.Date.AddDays(ahead == 0 ? 7 : ahead).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        });

    private static readonly string[] FrenchWeekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

    [GeneratedRegex(@"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+prochain\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout.Milliseconds)]
    private static partial Regex NextWeekdayInFrench();

    private static DateTime? Parse(string? value, DateTime reference)
    {
        if (value is null || !DateTime.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return null;
        return value.Length == 8 ? reference.Date + parsed.TimeOfDay : parsed;
    }

    [GeneratedRegex(@"\b(?:[àa]\s+)?quelle\s+heure\b|\b(?:at\s+)?what\s+time\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout.Milliseconds)]
    private static partial Regex QuestionOfTime();
}
