namespace DarkSocialBot.Broadcasts.Sending;

/// <summary>The daily window, in the subscriber's own time zone, when broadcasts wait (e.g. 21:00 to 08:00).</summary>
internal static class QuietHours
{
    /// <summary>null when a message may go now; otherwise the (UTC) moment quiet hours end for this subscriber.</summary>
    public static DateTimeOffset? DeferUntil(DateTimeOffset now, TimeZoneInfo zone, TimeSpan start, TimeSpan end)
    {
        if (start == end) return null;
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var time = local.TimeOfDay;
        var quiet = start < end ? time >= start && time < end : time >= start || time < end;
        if (!quiet) return null;
        var endDay = time >= end ? local.Date.AddDays(1) : local.Date;
        var endLocal = DateTime.SpecifyKind(endDay + end, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(endLocal)) endLocal = endLocal.AddHours(1); // the clock jumped over it (DST)
        return new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal)).ToUniversalTime();
    }

    public static TimeZoneInfo Zone(string? id, TimeZoneInfo fallback) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : fallback;
}
