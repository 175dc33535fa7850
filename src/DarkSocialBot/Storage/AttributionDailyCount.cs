namespace DarkSocialBot.Storage;

/// <summary>
/// Aggregate counts per UTC day, chat channel, language, source, class and share channel, incremented when a question is
/// asked, answered or skipped and when a share mention's sentiment is recorded. Holds no customer data, so reports survive
/// erasure. Questions asked or skipped are counted under an empty source.
/// </summary>
public sealed class AttributionDailyCount
{
    public DateTimeOffset Day { get; set; }
    public string ChatChannel { get; set; } = "";
    public string Language { get; set; } = "";
    public string Source { get; set; } = "";
    public string Class { get; set; } = "";
    public string ShareChannel { get; set; } = "";
    public int Asked { get; set; }
    public int Answered { get; set; }
    public int Skipped { get; set; }
    public double SentimentSum { get; set; }
    public int SentimentCount { get; set; }
}
