namespace DarkSocialBot.Dialogs.Flows;

internal sealed class FlightStatusState
{
    public string? FlightNumber { get; set; }
    public DateOnly? Date { get; set; }
    public string? BookingReference { get; set; }

    /// <summary>The airports of a route named instead of a flight number ("the Paris to Amsterdam flight tomorrow").</summary>
    public string[]? Origins { get; set; }
    public string[]? Destinations { get; set; }

    /// <summary>Only the destination was named ("the flight to London"): the origins are every other airport.</summary>
    public bool AnyOrigin { get; set; }

    /// <summary>Only the origin was named ("the flight from Lyon"): the destinations are every other airport.</summary>
    public bool AnyDestination { get; set; }
    public bool ByBooking { get; set; }

    /// <summary>Asked whether the flight gives a right to compensation: the status, then <see cref="Flows.Compensation"/>.</summary>
    public bool Compensation { get; set; }

    /// <summary>The customer's words when they asked unhappily ("the 3rd time NM 1234 is late, I'm furious"): a colleague is offered after the status, with them.</summary>
    public string? Unhappy { get; set; }

    /// <summary>The flight is the one whose status the bot just gave: it is not said again.</summary>
    public bool StatusGiven { get; set; }
    public int Tries { get; set; }
}
