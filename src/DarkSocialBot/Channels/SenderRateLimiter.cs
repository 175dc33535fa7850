using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace DarkSocialBot.Channels;

/// <summary>
/// One token bucket per sender (a Twilio number, a Page, a WhatsApp phone number id): a send over the rate waits
/// for its turn instead of failing. Limits are per host; several hosts sharing one sender should split the rate.
/// </summary>
public sealed class SenderRateLimiter : IDisposable
{
    private readonly ConcurrentDictionary<(string Key, double Rate), (TokenBucketRateLimiter Bucket, int Limit)> _buckets = new();

    /// <summary>Waits until <paramref name="permits"/> (an SMS's segments, else 1) fit the sender's rate.</summary>
    /// <returns>false only when far too many sends are already waiting (the caller retries later).</returns>
    public async ValueTask<bool> WaitAsync(string sender, double perSecond, CancellationToken cancellationToken, int permits = 1)
    {
        if (perSecond <= 0) return true;
        var (bucket, limit) = _buckets.GetOrAdd((sender, perSecond), static key => Create(key.Rate));
        // A bucket holds at most a second's worth: more segments than that are taken a bucket at a time.
        for (var left = Math.Max(permits, 1); left > 0; left -= limit)
        {
            using var lease = await bucket.AcquireAsync(Math.Min(left, limit), cancellationToken);
            if (!lease.IsAcquired) return false;
        }
        return true;
    }

    private static (TokenBucketRateLimiter, int) Create(double perSecond)
    {
        var (tokens, period) = perSecond >= 1
            ? ((int)Math.Round(perSecond), TimeSpan.FromSeconds(1))
            : (1, TimeSpan.FromSeconds(1 / perSecond));
        return (new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = 100_000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }), tokens);
    }

    public void Dispose()
    {
        foreach (var (bucket, _) in _buckets.Values) bucket.Dispose();
    }
}
