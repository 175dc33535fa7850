namespace DarkSocialBot.Dialogs.Airline;

public enum Cabin
{
    Economy,
    Business,
}
