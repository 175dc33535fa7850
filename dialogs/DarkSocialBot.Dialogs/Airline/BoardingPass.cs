namespace DarkSocialBot.Dialogs.Airline;

/// <summary>A boarding pass: a page any channel can open (<see cref="Url"/>, unguessable), and what is printed on it.</summary>
internal sealed record BoardingPass(string Url, string Passenger, string Seat, string? Gate, DateTime? BoardingTime, string Group);
