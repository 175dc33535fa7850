namespace DarkSocialBot.Dialogs.Airline;

/// <summary>What opens a booking: its reference (e.g. ABC123) and the passenger's last name.</summary>
internal sealed record BookingKey(string Reference, string LastName);
