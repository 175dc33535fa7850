namespace DarkSocialBot.Dialogs.Airline;

public enum SeatPosition
{
    Window,
    Middle,
    Aisle,
}
