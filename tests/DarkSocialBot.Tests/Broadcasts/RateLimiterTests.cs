using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Broadcasts.Sending;
using Microsoft.Extensions.Time.Testing;

namespace DarkSocialBot.Tests.Broadcasts;

public sealed class RateLimiterTests
{
    private static readonly TimeSpan Horizon = TimeSpan.FromMilliseconds(250);

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(40)]
    public void At_80_per_second_a_simulated_minute_has_4800_slots_and_no_second_more_than_80(int iterationMs)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-24T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var limiter = new RateLimiter(80, clock);
        var start = clock.GetUtcNow();
        var slots = new List<TimeSpan>();

        // A greedy sender whose every pass takes iterationMs, reserving as soon as it is allowed to.
        while (clock.GetUtcNow() - start < TimeSpan.FromSeconds(60))
        {
            var reserved = limiter.Reserve(500, Horizon, out var wait);
            slots.AddRange(reserved.Select(delay => clock.GetUtcNow() - start + delay));
            clock.Advance(reserved.Count > 0 ? TimeSpan.FromMilliseconds(Math.Max(1, iterationMs)) : wait);
        }
        var perSecond = slots.Where(s => s < TimeSpan.FromSeconds(60)).GroupBy(s => (int)s.TotalSeconds).Select(g => g.Count()).ToList();

        Assert.Equal(4800, perSecond.Sum());
        Assert.Equal(60, perSecond.Count);
        Assert.All(perSecond, count => Assert.Equal(80, count));
        Assert.All(slots.Zip(slots.Skip(1)), pair => Assert.Equal(TimeSpan.FromMilliseconds(12.5), pair.Second - pair.First));
    }

    [Fact]
    public void Slots_handed_back_are_reserved_again_at_once()
    {
        var clock = new FakeTimeProvider();
        var limiter = new RateLimiter(10, clock);

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200)], limiter.Reserve(5, Horizon, out _));
        Assert.Empty(limiter.Reserve(1, Horizon, out var wait));
        Assert.Equal(TimeSpan.FromMilliseconds(175), wait);
        limiter.Return(2);
        Assert.Equal([TimeSpan.FromMilliseconds(100)], limiter.Reserve(1, Horizon, out _));
    }

    [Fact]
    public void An_idle_sender_does_not_get_the_past_back_as_a_burst()
    {
        var clock = new FakeTimeProvider();
        var limiter = new RateLimiter(10, clock);
        limiter.Reserve(1, Horizon, out _);

        clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200)], limiter.Reserve(100, Horizon, out _));
    }

    [Fact]
    public void Zero_means_unlimited()
    {
        var limiter = new RateLimiter(0, new FakeTimeProvider());

        Assert.Equal(10_000, limiter.Reserve(10_000, Horizon, out var wait).Count);
        Assert.Equal(TimeSpan.Zero, wait);
    }

    [Fact]
    public void A_stalled_release_catches_up_without_ever_exceeding_the_rate_in_a_sliding_second()
    {
        var clock = new FakeTimeProvider();
        var limiter = new RateLimiter(80, clock);
        var start = clock.GetUtcNow();
        var released = new List<TimeSpan>();
        var slots = new Queue<TimeSpan>();

        // Slots reserved ahead as the sender does; the releaser stalls for 300 ms at 10 s, then catches up.
        while (clock.GetUtcNow() - start < TimeSpan.FromSeconds(20))
        {
            foreach (var delay in limiter.Reserve(500, Horizon, out _)) slots.Enqueue(clock.GetUtcNow() - start + delay);
            var now = clock.GetUtcNow() - start;
            if (now >= TimeSpan.FromSeconds(10) && now < TimeSpan.FromSeconds(10.3)) { clock.Advance(TimeSpan.FromMilliseconds(1)); continue; }
            while (slots.Count > 0 && slots.Peek() <= now && limiter.UntilWindowAllows() == TimeSpan.Zero)
            {
                slots.Dequeue();
                limiter.Released();
                released.Add(now);
            }
            clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        var busiest = released.Select((t, i) => released.Skip(i).TakeWhile(u => u - t < TimeSpan.FromSeconds(1)).Count()).Max();
        Assert.Equal(80, busiest);
        Assert.InRange(released.Count, 1590, 1600); // the stall is made up for: about 20 s x 80
    }

    /// <summary>
    /// A carrier's messages-per-second limit counts SMS segments: released as one message each, three-segment texts went out
    /// at three times the configured rate.
    /// </summary>
    [Fact]
    public void Messages_of_several_segments_count_each_segment_against_the_rate()
    {
        var clock = new FakeTimeProvider();
        var limiter = new RateLimiter(10, clock);
        var start = clock.GetUtcNow();
        var released = new List<TimeSpan>();
        var slots = new Queue<TimeSpan>();

        while (clock.GetUtcNow() - start < TimeSpan.FromSeconds(30))
        {
            foreach (var delay in limiter.Reserve(50, Horizon, out _)) slots.Enqueue(clock.GetUtcNow() - start + delay);
            var now = clock.GetUtcNow() - start;
            while (slots.Count > 0 && slots.Peek() <= now && limiter.UntilWindowAllows(3) == TimeSpan.Zero)
            {
                slots.Dequeue();
                limiter.Released(3);
                released.AddRange([now, now, now]);
            }
            clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        var busiest = released.Select((t, i) => released.Skip(i).TakeWhile(u => u - t < TimeSpan.FromSeconds(1)).Count()).Max();
        Assert.InRange(busiest, 9, 10);
        Assert.InRange(released.Count, 265, 300); // 30 s x 10 segments, never above (whole messages leave a segment unused at times)
    }

    [Theory]
    [InlineData("Hello", 1)]
    [InlineData("Vol NM 1234 : embarquement porte F32 à 9h25, à tout à l'heure !", 1)] // GSM-7 (é, à are in it)
    [InlineData("Votre vol NM 1234 est confirmé, bon voyage et à bientôt", 1)]        // ô: UCS-2, 56 units
    public void Sms_segments_follow_the_encoding(string text, int expected) => Assert.Equal(expected, SmsSegments.Count(text));

    [Fact]
    public void Long_sms_take_153_gsm_or_67_ucs2_characters_per_segment()
    {
        Assert.Equal((1, 2, 2, 3), (SmsSegments.Count(new string('a', 160)), SmsSegments.Count(new string('a', 161)),
            SmsSegments.Count(new string('a', 306)), SmsSegments.Count(new string('a', 307))));
        Assert.Equal((1, 2, 3), (SmsSegments.Count(new string('ê', 70)), SmsSegments.Count(new string('ê', 71)), SmsSegments.Count(new string('ê', 135))));
        Assert.Equal(2, SmsSegments.Count(new string('€', 81))); // extension characters take two septets
    }
}
