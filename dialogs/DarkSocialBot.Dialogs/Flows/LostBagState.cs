using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Dialogs.Flows;

internal sealed class LostBagState
{
    public BookingKey? Booking { get; set; }
    public string? Description { get; set; }
    public string? Phone { get; set; }
}
