using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts;

/// <summary>Topic names: <c>flight:KL1234:2026-11-24</c> (a service topic) or one of the configured topics.</summary>
internal static partial class Topics
{
    public const string FlightPrefix = "flight:";

    [GeneratedRegex(@"^flight:([A-Z0-9]{2}[0-9]{1,4}):([0-9]{4}-[0-9]{2}-[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex FlightTopic();

    public static string Flight(string flightNumber, DateOnly date) =>
        $"{FlightPrefix}{flightNumber.ToUpperInvariant()}:{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public static bool TryParseFlight(string topic, [NotNullWhen(true)] out string? flightNumber, out DateOnly date)
    {
        var match = FlightTopic().Match(topic);
        flightNumber = match.Success ? match.Groups[1].Value : null;
        date = default;
        return match.Success && DateOnly.TryParseExact(match.Groups[2].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>Canonical spelling: <c>flight:KL1234:2026-11-24</c> upper-case number, other topics lower-case.</summary>
    public static string Normalize(string topic)
    {
        var trimmed = topic.Trim();
        return trimmed.StartsWith(FlightPrefix, StringComparison.OrdinalIgnoreCase)
            ? FlightPrefix + trimmed[FlightPrefix.Length..].ToUpperInvariant()
            : trimmed.ToLowerInvariant();
    }

    /// <summary>The purpose a topic's messages serve, or null for a topic that does not exist.</summary>
    public static ConsentPurpose? PurposeOf(string? topic, BroadcastsOptions options)
    {
        if (string.IsNullOrWhiteSpace(topic)) return null;
        if (TryParseFlight(topic, out _, out _)) return ConsentPurpose.Service;
        return options.Topics.TryGetValue(topic, out var configured) ? configured.Purpose : null;
    }
}
