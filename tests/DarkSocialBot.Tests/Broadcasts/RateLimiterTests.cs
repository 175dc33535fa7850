using DarkSocialBot.Broadcasts.Sending;
using Microsoft.Extensions.Time.Testing;

namespace DarkSocialBot.Tests.Broadcasts;

public sealed class RateLimiterTests
{
    [Fact]
    public void At_80_per_second_a_simulated_minute_grants_4800_permits_and_no_second_more_than_80()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-24T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var limiter = new RateLimiter(80, burst: 1, clock);
        var perSecond = new int[60];
        var start = clock.GetTimestamp();

        // A greedy sender asking for 500 at a time, as soon as it is allowed to.
        while (true)
        {
            var elapsed = clock.GetElapsedTime(start);
            if (elapsed >= TimeSpan.FromSeconds(60)) break;
            var granted = limiter.TryAcquire(500, out var wait);
            perSecond[(int)elapsed.TotalSeconds] += granted;
            clock.Advance(granted > 0 ? TimeSpan.FromMilliseconds(1) : wait);
        }

        Assert.Equal(4800, perSecond.Sum());
        Assert.All(perSecond, count => Assert.InRange(count, 79, 80));
    }

    [Fact]
    public void Permits_handed_back_can_be_taken_again_at_once()
    {
        var clock = new FakeTimeProvider();
        var limiter = new RateLimiter(10, burst: 1, clock);

        Assert.Equal(1, limiter.TryAcquire(5, out _));
        Assert.Equal(0, limiter.TryAcquire(1, out var wait));
        Assert.Equal(TimeSpan.FromMilliseconds(100), wait);
        limiter.Return(1);
        Assert.Equal(1, limiter.TryAcquire(1, out _));
    }

    [Fact]
    public void A_burst_allows_that_many_at_once_then_paces()
    {
        var clock = new FakeTimeProvider();
        var limiter = new RateLimiter(10, burst: 5, clock);

        Assert.Equal(5, limiter.TryAcquire(50, out _));
        Assert.Equal(0, limiter.TryAcquire(1, out _));
        clock.Advance(TimeSpan.FromMilliseconds(250));
        Assert.Equal(2, limiter.TryAcquire(50, out _));
    }

    [Fact]
    public void Zero_means_unlimited()
    {
        var limiter = new RateLimiter(0, burst: 1, new FakeTimeProvider());

        Assert.Equal(10_000, limiter.TryAcquire(10_000, out var wait));
        Assert.Equal(TimeSpan.Zero, wait);
    }
}
