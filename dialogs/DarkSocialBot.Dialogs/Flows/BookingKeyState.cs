using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>The state of a flow that only needs to remember which booking it works on.</summary>
internal sealed class BookingKeyState
{
    public BookingKey? Booking { get; set; }
}
