namespace DarkSocialBot.Storage;

/// <summary>The sentiment of one customer message (numbers only, no text), for reporting; unique per (channel, activity id).</summary>
public sealed class SentimentEntry
{
    public long Id { get; set; }
    public required string CustomerKey { get; set; }
    public required string ChatChannel { get; set; }
    public required string ActivityId { get; set; }
    public required string Language { get; set; }
    public double Compound { get; set; }
    public required string Label { get; set; }
    public DateTimeOffset At { get; set; }
}
