namespace DarkSocialBot.Dialogs.Flows;

internal sealed class FlightStatusState
{
    public string? FlightNumber { get; set; }
    public DateOnly? Date { get; set; }
    public string? BookingReference { get; set; }
    public bool ByBooking { get; set; }
    public int Tries { get; set; }
}
