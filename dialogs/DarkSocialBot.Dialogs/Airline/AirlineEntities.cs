using System.Text.RegularExpressions;

namespace DarkSocialBot.Dialogs.Airline;

/// <summary>
/// Finds booking references ("ABC123"), flight numbers ("NM 1234", "nm1234") and seats ("12A") in what customers write.
/// A reference mixes letters and digits (a plain six-letter word is a word); a flight number is two letters and 2-4
/// digits, in capitals or written together, so "le 12" is not one.
/// </summary>
internal static partial class AirlineEntities
{
    /// <summary>Normalised (upper case, no space) flight number, or null.</summary>
    public static string? FlightNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var match = FlightNumberPattern().Match(Clip(text));
        return match.Success ? (match.Groups["a"].Value + match.Groups["n"].Value).ToUpperInvariant() : null;
    }

    /// <summary>"NM1234" as printed: "NM 1234".</summary>
    public static string DisplayFlightNumber(string number) => number.Length > 2 ? $"{number[..2]} {number[2..]}" : number;

    /// <summary>The text with its first flight number taken out.</summary>
    public static string WithoutFlightNumber(string text) => FlightNumberPattern().Replace(Clip(text), " ", 1);

    /// <summary>A booking reference (upper case), or null. A token shaped like a flight number is not one.</summary>
    public static string? BookingReference(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (Match match in ReferencePattern().Matches(Clip(text)))
        {
            var value = match.Value.ToUpperInvariant();
            if (!FlightShaped().IsMatch(value)) return value;
        }
        return null;
    }

    /// <summary>A seat such as "12A" (upper case), or null.</summary>
    public static string? Seat(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var match = SeatPattern().Match(Clip(text));
        return match.Success ? $"{int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)}{match.Groups[2].Value.ToUpperInvariant()}" : null;
    }

    /// <summary>A last name as typed ("dupont" -> "Dupont"): letters, spaces, hyphens and apostrophes, 2 to 40 characters.</summary>
    public static string? LastName(string? text)
    {
        var trimmed = text?.Trim().Trim('.', '!', ',');
        if (trimmed is null || trimmed.Length is < 2 or > 40 || !NamePattern().IsMatch(trimmed)) return null;
        return string.Join(' ', trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private static string Clip(string text) => text.Length > 1000 ? text[..1000] : text;

    // Two capitals and 2-4 digits ("NM 1234", "NM12"), or any case written together with 3-4 digits ("nm1234").
    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?<a>[A-Z]{2})\s?(?<n>\d{2,4})|(?<a>[a-zA-Z]{2})(?<n>\d{3,4}))(?![\p{L}\d])", RegexOptions.CultureInvariant, 100)]
    private static partial Regex FlightNumberPattern();

    [GeneratedRegex(@"(?<![\p{L}\d])(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{6}(?![\p{L}\d])", RegexOptions.CultureInvariant, 100)]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"^[A-Z]{2}\d{4}$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex FlightShaped();

    [GeneratedRegex(@"(?<![\p{L}\d])([1-9]\d?)\s?([A-Ka-k])(?![\p{L}\d])", RegexOptions.CultureInvariant, 100)]
    private static partial Regex SeatPattern();

    [GeneratedRegex(@"^[\p{L}][\p{L}' \-]*[\p{L}]$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex NamePattern();
}
