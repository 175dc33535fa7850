using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Airline;

/// <summary>A booking of the demo airline: its reference, cabin and fare; its passengers fly one flight.</summary>
public sealed class DemoBooking
{
    public int Id { get; set; }

    /// <summary>"ABC123".</summary>
    public required string Reference { get; set; }
    public int FlightId { get; set; }
    public Cabin Cabin { get; set; }
    public Fare Fare { get; set; }
    public List<DemoPassenger> Passengers { get; set; } = [];
}
