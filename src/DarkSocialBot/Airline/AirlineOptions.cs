using System.ComponentModel.DataAnnotations;

namespace DarkSocialBot.Airline;

/// <summary>Section <c>Airline</c>: the demo airline behind the brand's dialogs.</summary>
public sealed class AirlineOptions
{
    public const string SectionName = "Airline";

    /// <summary>Where customers open links the bot sends (boarding passes): this host as the internet sees it.</summary>
    [Required, Url]
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:3978";

    /// <summary>Seeds the demo flights and bookings into an empty database at start (and moves past flights to the coming days).</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>Check-in opens this long before departure…</summary>
    public TimeSpan CheckInOpensBefore { get; set; } = TimeSpan.FromHours(30);

    /// <summary>…and closes this long before.</summary>
    public TimeSpan CheckInClosesBefore { get; set; } = TimeSpan.FromHours(1);
}
