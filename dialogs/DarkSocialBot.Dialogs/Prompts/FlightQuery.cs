namespace DarkSocialBot.Dialogs.Prompts;

/// <summary>What identifies a flight in an answer: a flight number (maybe with a date) or a booking reference.</summary>
internal sealed record FlightQuery(string? FlightNumber, string? BookingReference, DateOnly? Date);
