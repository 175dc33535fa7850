using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace DarkSocialBot.Channels;

/// <summary>
/// One token bucket per sender (a Twilio number, a Page, a WhatsApp phone number id): a send over the rate waits
/// for its turn instead of failing. Limits are per host; several hosts sharing one sender should split the rate.
/// </summary>
public sealed class SenderRateLimiter : IDisposable
{
    private readonly ConcurrentDictionary<(string Key, double Rate), TokenBucketRateLimiter> _buckets = new();

    /// <returns>false only when far too many sends are already waiting (the caller retries later).</returns>
    public async ValueTask<bool> WaitAsync(string sender, double perSecond, CancellationToken cancellationToken)
    {
        if (perSecond <= 0) return true;
        var bucket = _buckets.GetOrAdd((sender, perSecond), static key => Create(key.Rate));
        using var lease = await bucket.AcquireAsync(1, cancellationToken);
        return lease.IsAcquired;
    }

    private static TokenBucketRateLimiter Create(double perSecond)
    {
        var (tokens, period) = perSecond >= 1
            ? ((int)Math.Round(perSecond), TimeSpan.FromSeconds(1))
            : (1, TimeSpan.FromSeconds(1 / perSecond));
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = 100_000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public void Dispose()
    {
        foreach (var bucket in _buckets.Values) bucket.Dispose();
    }
}
