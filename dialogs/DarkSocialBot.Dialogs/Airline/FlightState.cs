namespace DarkSocialBot.Dialogs.Airline;

public enum FlightState
{
    OnTime,
    Delayed,
    Boarding,
    Departed,
    Arrived,
    Cancelled,
}
