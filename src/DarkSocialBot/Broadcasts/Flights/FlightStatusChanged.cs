namespace DarkSocialBot.Broadcasts.Flights;

/// <summary>
/// Raised by the airline backend when a flight's status changes. <see cref="Status"/> is a code such as
/// <c>delayed</c>, <c>gate_changed</c>, <c>cancelled</c>; <see cref="Details"/> may carry <c>gate</c> and
/// <c>departure</c>. <see cref="ChangeId"/> identifies the change (the same change raised twice broadcasts once).
/// </summary>
public sealed record FlightStatusChanged(
    string FlightNumber,
    DateOnly Date,
    string Status,
    IReadOnlyDictionary<string, string>? Details = null,
    string? ChangeId = null);
