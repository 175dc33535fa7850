using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Airline;

/// <summary>A flight of the demo airline on one day: route, times (UTC), operational state, terminal and gate, cabin layout.</summary>
public sealed class DemoFlight
{
    /// <summary>The longest terminal or gate ("2E", "F32") the columns hold.</summary>
    public const int MaxCodeLength = 8;

    public int Id { get; set; }

    /// <summary>"NM1234".</summary>
    public required string Number { get; set; }

    /// <summary>The departure date, local at the origin.</summary>
    public DateOnly Date { get; set; }
    public required string Origin { get; set; }
    public required string Destination { get; set; }
    public DateTimeOffset ScheduledDeparture { get; set; }
    public DateTimeOffset ScheduledArrival { get; set; }
    public DateTimeOffset? EstimatedDeparture { get; set; }

    /// <summary>Set by operations (on time, delayed, cancelled…); boarding, departed and arrived also follow from the clock.</summary>
    public FlightState State { get; set; }
    public string? Terminal { get; set; }
    public string? Gate { get; set; }
    public int Rows { get; set; }
    public int BusinessRows { get; set; }
}
