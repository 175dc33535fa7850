using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Dialogs.Flows;

internal sealed class LostBagState
{
    public BookingKey? Booking { get; set; }
    public string? Description { get; set; }
    public string? Phone { get; set; }

    /// <summary>A damaged bag ("the handle is broken", « valise abîmée »), not a missing one: said so, and filed so.</summary>
    public bool Damaged { get; set; }
}
