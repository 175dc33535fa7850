namespace DarkSocialBot.Airline;

/// <summary>A passenger of a booking; checked in once they have a boarding pass (its token makes the pass's URL unguessable).</summary>
public sealed class DemoPassenger
{
    public int Id { get; set; }
    public int BookingId { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public DateTimeOffset? CheckedInAt { get; set; }
    public string? BoardingPassToken { get; set; }
    public string? BoardingGroup { get; set; }
}
