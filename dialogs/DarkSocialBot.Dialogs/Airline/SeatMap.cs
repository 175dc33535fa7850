namespace DarkSocialBot.Dialogs.Airline;

/// <summary>
/// The seats of one cabin on a flight, the passenger's current seat, and where each passenger of the booking sits (the one
/// who opened it first): each of them is reached with the booking's reference and their own last name.
/// </summary>
internal sealed record SeatMap(string FlightNumber, Cabin Cabin, string? CurrentSeat, IReadOnlyList<SeatInfo> Seats,
    IReadOnlyList<SeatedPassenger> Passengers)
{
    public IEnumerable<SeatInfo> Free => Seats.Where(s => s.Free);

    public SeatInfo? Find(string code) => Seats.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));
}

/// <summary>One seat: "12A", by a window, an aisle or in the middle; free or taken.</summary>
internal sealed record SeatInfo(string Code, int Row, char Letter, SeatPosition Position, bool Free, bool ExtraLegroom);

/// <summary>A passenger of the booking and their seat on its flight, if they have one.</summary>
internal sealed record SeatedPassenger(string FirstName, string LastName, string? Seat);
