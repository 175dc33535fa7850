using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Dialogs.Prompts;

/// <summary>
/// What identifies a flight in an answer: a flight number (maybe with a date), a booking reference, or the route flown
/// ("Lyon to London today", maybe with a date).
/// </summary>
internal sealed record FlightQuery(string? FlightNumber, string? BookingReference, DateOnly? Date, FlightRoute? Route = null);
