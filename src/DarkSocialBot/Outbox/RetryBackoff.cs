namespace DarkSocialBot.Outbox;

/// <summary>
/// The wait before another attempt: doubling from the first delay up to a ceiling, and a random point in its upper half so
/// that work failing together does not retry together. The outbox dispatcher and the provider deletion worker use it.
/// </summary>
internal static class RetryBackoff
{
    public static TimeSpan After(int attempt, TimeSpan first, TimeSpan max)
    {
        var ceiling = Math.Min(max.TotalMilliseconds, first.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30)));
        return TimeSpan.FromMilliseconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
    }
}
