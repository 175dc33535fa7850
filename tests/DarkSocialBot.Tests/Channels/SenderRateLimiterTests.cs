using System.Diagnostics;
using DarkSocialBot.Channels;

namespace DarkSocialBot.Tests.Channels;

public sealed class SenderRateLimiterTests
{
    /// <summary>A text of more segments than the sender's second holds (5 at 2 segments/s) is taken a bucket at a time.</summary>
    [Fact]
    public async Task More_permits_than_a_second_holds_wait_for_as_many_seconds()
    {
        using var limiter = new SenderRateLimiter();

        var clock = Stopwatch.StartNew();
        var allowed = await limiter.WaitAsync("twilio-sms:+15005550006", 2, CancellationToken.None, permits: 5);

        Assert.True(allowed);
        Assert.True(clock.Elapsed > TimeSpan.FromMilliseconds(1800), $"5 segments at 2/s took {clock.Elapsed}");
    }
}
