namespace DarkSocialBot.Dialogs.Airline;

/// <summary>A booking as one passenger sees it: their flight, cabin, fare, seat and check-in.</summary>
internal sealed record Booking(
    string Reference,
    string FirstName,
    string LastName,
    FlightStatus Flight,
    Cabin Cabin,
    Fare Fare,
    string? Seat,
    CheckInWindow CheckIn,
    int Passengers)
{
    public BookingKey Key => new(Reference, LastName);

    public bool CheckedIn => CheckIn.Availability == CheckInAvailability.Done;
}
