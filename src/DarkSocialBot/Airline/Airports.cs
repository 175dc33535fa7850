using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Airline;

/// <summary>The airports the demo airline flies to: city names in English and French, and local time zones.</summary>
internal static class Airports
{
    private static readonly Dictionary<string, (string En, string Fr, string TimeZone)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CDG"] = ("Paris", "Paris", "Europe/Paris"),
        ["AMS"] = ("Amsterdam", "Amsterdam", "Europe/Amsterdam"),
        ["LHR"] = ("London", "Londres", "Europe/London"),
        ["LYS"] = ("Lyon", "Lyon", "Europe/Paris"),
        ["NCE"] = ("Nice", "Nice", "Europe/Paris"),
        ["BCN"] = ("Barcelona", "Barcelone", "Europe/Madrid"),
        ["YUL"] = ("Montreal", "Montréal", "America/Toronto"),
    };

    /// <summary>Every airport the demo airline flies to.</summary>
    public static IEnumerable<string> Codes => Known.Keys;

    public static LocalizedText City(string code) =>
        Known.TryGetValue(code, out var airport) ? new LocalizedText { ["en"] = airport.En, ["fr"] = airport.Fr } : new LocalizedText(code);

    public static TimeZoneInfo TimeZone(string code)
    {
        if (!Known.TryGetValue(code, out var airport)) return TimeZoneInfo.Utc;
        try { return TimeZoneInfo.FindSystemTimeZoneById(airport.TimeZone); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }

    /// <summary>A UTC instant as the local time at an airport.</summary>
    public static DateTime Local(string code, DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone(code)).DateTime;

    /// <summary>A local time at an airport as a UTC instant.</summary>
    public static DateTimeOffset Instant(string code, DateTime local)
    {
        var zone = TimeZone(code);
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
