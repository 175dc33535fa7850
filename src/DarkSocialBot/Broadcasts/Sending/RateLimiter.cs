namespace DarkSocialBot.Broadcasts.Sending;

/// <summary>
/// Paces one sender with the generic cell rate algorithm: permits are spaced 1/rate apart, at most
/// <c>burst</c> at once, so no second ever holds more than its share. Unused permits can be handed back.
/// Reads time only from the <see cref="TimeProvider"/> (tests drive it with a fake clock).
/// </summary>
internal sealed class RateLimiter
{
    private readonly TimeProvider _time;
    private readonly double _interval; // timestamp units per permit
    private readonly double _tolerance;
    private readonly long _origin; // timestamps are large: keep the arithmetic relative so doubles stay exact
    private readonly Lock _gate = new();
    private double _theoreticalArrival;

    public RateLimiter(double perSecond, int burst, TimeProvider time)
    {
        _time = time;
        PerSecond = perSecond;
        Unlimited = perSecond <= 0;
        _interval = Unlimited ? 0 : time.TimestampFrequency / perSecond;
        _tolerance = Math.Max(0, burst - 1) * _interval;
        _origin = time.GetTimestamp();
    }

    public double PerSecond { get; }
    public bool Unlimited { get; }

    /// <summary>Takes up to <paramref name="wanted"/> permits now; when none is free, says how long until one is.</summary>
    public int TryAcquire(int wanted, out TimeSpan wait)
    {
        wait = TimeSpan.Zero;
        if (Unlimited || wanted <= 0) return Math.Max(0, wanted);
        lock (_gate)
        {
            double now = _time.GetTimestamp() - _origin;
            var arrival = Math.Max(_theoreticalArrival, now);
            var free = (int)Math.Floor((_tolerance - (arrival - now)) / _interval) + 1;
            if (free <= 0)
            {
                wait = TimeSpan.FromSeconds((arrival - _tolerance - now) / _time.TimestampFrequency);
                if (wait <= TimeSpan.Zero) wait = TimeSpan.FromTicks(1);
                return 0;
            }
            var granted = Math.Min(wanted, free);
            _theoreticalArrival = arrival + granted * _interval;
            return granted;
        }
    }

    /// <summary>Gives back permits taken but not used (the deliveries were skipped or deferred).</summary>
    public void Return(int permits)
    {
        if (Unlimited || permits <= 0) return;
        lock (_gate) _theoreticalArrival -= permits * _interval;
    }
}
