using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Airline;

/// <summary>A seat on a flight: free, taken by one of the demo passengers, or taken by someone outside the demo.</summary>
public sealed class DemoSeat
{
    public int Id { get; set; }
    public int FlightId { get; set; }

    /// <summary>"12A".</summary>
    public required string Code { get; set; }
    public int Row { get; set; }
    public required string Letter { get; set; }
    public Cabin Cabin { get; set; }
    public SeatPosition Position { get; set; }
    public bool ExtraLegroom { get; set; }
    public int? PassengerId { get; set; }

    /// <summary>Sold to a passenger the demo does not model.</summary>
    public bool Taken { get; set; }
}
