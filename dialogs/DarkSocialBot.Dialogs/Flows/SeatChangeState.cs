using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Dialogs.Flows;

internal sealed class SeatChangeState
{
    public BookingKey? Booking { get; set; }
    public string? CurrentSeat { get; set; }

    /// <summary>"window", "aisle" or "any".</summary>
    public string? Preference { get; set; }

    /// <summary>A seat the customer named before being asked ("can I have 12A?"), used when it is free.</summary>
    public string? Wanted { get; set; }
    public string? Seat { get; set; }

    /// <summary>The customer was just told where they sit: showing the seats of the other kind does not say it again.</summary>
    public bool SeatTold { get; set; }

    /// <summary>The customer asked to sit together ("next to my husband", « ensemble »): the booking's passengers side by side.</summary>
    public bool Together { get; set; }
}
