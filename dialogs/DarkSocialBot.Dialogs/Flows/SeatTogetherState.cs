using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Dialogs.Flows;

internal sealed class SeatTogetherState
{
    public BookingKey? Booking { get; set; }

    /// <summary>The seats side by side the customer picked, one per passenger.</summary>
    public List<string> Block { get; set; } = [];
}
