namespace DarkSocialBot.Broadcasts.Sending;

/// <summary>
/// Paces one sender: permits are spaced exactly 1/rate apart (no bursts). A sender reserves the slots falling in the
/// next short horizon and releases each message at its slot, so slow iterations do not lose slots and the rate holds.
/// Unused slots (skipped or deferred deliveries) can be handed back. At release time a sliding window also holds: no
/// window of one second (or 1/rate when slower) ever sees more than its share, even when a stalled sender catches up.
/// Time comes only from the <see cref="TimeProvider"/>.
/// </summary>
internal sealed class RateLimiter
{
    private readonly TimeProvider _time;
    private readonly double _interval; // timestamp units per permit
    private readonly long _origin;     // timestamps are large: relative arithmetic keeps the doubles exact
    private readonly Lock _gate = new();
    private double _next;              // the next free slot, relative to _origin
    private readonly Queue<long> _released = new();
    private readonly int _windowCount;
    private readonly long _windowTicks;

    public RateLimiter(double perSecond, TimeProvider time)
    {
        _time = time;
        PerSecond = perSecond;
        Unlimited = perSecond <= 0;
        _interval = Unlimited ? 0 : time.TimestampFrequency / perSecond;
        _origin = time.GetTimestamp();
        var window = Unlimited ? 1 : Math.Max(1, 1 / perSecond);
        _windowCount = Unlimited ? int.MaxValue : Math.Max(1, (int)Math.Floor(perSecond * window + 1e-9));
        _windowTicks = (long)(window * time.TimestampFrequency);
    }

    public double PerSecond { get; }
    public bool Unlimited { get; }

    /// <summary>
    /// Reserves up to <paramref name="wanted"/> slots starting before now + <paramref name="horizon"/>; returns each one's
    /// delay from now, in order (all zero when unlimited). With none free, <paramref name="wait"/> says for how long.
    /// </summary>
    public List<TimeSpan> Reserve(int wanted, TimeSpan horizon, out TimeSpan wait)
    {
        wait = TimeSpan.Zero;
        if (wanted <= 0) return [];
        if (Unlimited) return [.. Enumerable.Repeat(TimeSpan.Zero, wanted)];
        lock (_gate)
        {
            double now = _time.GetTimestamp() - _origin;
            var span = horizon.TotalSeconds * _time.TimestampFrequency;
            var slot = Math.Max(_next, now); // a sender idle (or late) does not get the past back as a burst
            if (slot - now > span / 2)
            {
                // Still more than half the horizon reserved: come back when it runs low (fewer, larger batches).
                wait = TimeSpan.FromSeconds((slot - now - span / 2) / _time.TimestampFrequency);
                return [];
            }
            var end = now + span;
            var slots = new List<TimeSpan>();
            while (slots.Count < wanted && slot < end)
            {
                slots.Add(TimeSpan.FromSeconds((slot - now) / _time.TimestampFrequency));
                slot += _interval;
            }
            _next = slot;
            return slots;
        }
    }

    /// <summary>
    /// How long until a message of <paramref name="permits"/> (an SMS's segments) keeps every sliding window within the rate
    /// (zero: now). One larger than the whole window goes when the window is empty.
    /// </summary>
    public TimeSpan UntilWindowAllows(int permits = 1)
    {
        if (Unlimited) return TimeSpan.Zero;
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            while (_released.Count > 0 && _released.Peek() + _windowTicks <= now) _released.Dequeue();
            var over = _released.Count + Math.Min(permits, _windowCount) - _windowCount;
            if (over <= 0) return TimeSpan.Zero;
            var wait = _released.ElementAt(over - 1) + _windowTicks - now;
            return wait > 0 ? TimeSpan.FromSeconds((double)wait / _time.TimestampFrequency) : TimeSpan.Zero;
        }
    }

    /// <summary>
    /// Records a message of <paramref name="permits"/> released now (for <see cref="UntilWindowAllows"/>); the permits beyond
    /// its one reserved slot push the next free slot back, so the average rate counts them too.
    /// </summary>
    public void Released(int permits = 1)
    {
        if (Unlimited) return;
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            for (var i = 0; i < Math.Min(permits, _windowCount); i++) _released.Enqueue(now);
            while (_released.Count > _windowCount) _released.Dequeue();
            if (permits > 1) _next = Math.Max(_next, now - _origin) + (permits - 1) * _interval;
        }
    }

    /// <summary>Gives back the last <paramref name="permits"/> slots just reserved and not used.</summary>
    public void Return(int permits)
    {
        if (Unlimited || permits <= 0) return;
        lock (_gate) _next -= permits * _interval;
    }
}
