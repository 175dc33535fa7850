namespace DarkSocialBot.Dialogs.Airline;

/// <summary>The seats of one cabin on a flight, and the passenger's current seat.</summary>
internal sealed record SeatMap(string FlightNumber, Cabin Cabin, string? CurrentSeat, IReadOnlyList<SeatInfo> Seats)
{
    public IEnumerable<SeatInfo> Free => Seats.Where(s => s.Free);

    public SeatInfo? Find(string code) => Seats.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));
}

/// <summary>One seat: "12A", by a window, an aisle or in the middle; free or taken.</summary>
internal sealed record SeatInfo(string Code, int Row, char Letter, SeatPosition Position, bool Free, bool ExtraLegroom);
