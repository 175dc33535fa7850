using System.Globalization;
using System.Text.Json;
using DarkSocialBot.Core.Activities;

namespace DarkSocialBot.Channels;

/// <summary>
/// Attachments for what a customer shares that is not a file: a location (with a map link an agent can open), a contact
/// card, or a message the channel does not pass on (a poll, a view-once photo, an edited message on WhatsApp).
/// </summary>
public static class SharedContent
{
    public const string LocationType = "application/vnd.darksocialbot.location";
    public const string ContactType = "text/vcard";
    public const string UnsupportedType = "application/vnd.darksocialbot.unsupported";

    public static Attachment Location(string? latitude, string? longitude, string? name, JsonElement? content) => new()
    {
        ContentType = LocationType,
        ContentUrl = MapLink(latitude, longitude),
        Name = name,
        Content = content,
    };

    public static Attachment Contact(string? name, JsonElement? content) => new() { ContentType = ContactType, Name = name, Content = content };

    public static Attachment Unsupported(string? type) =>
        new() { ContentType = UnsupportedType, Name = type };

    /// <summary>A message the channel could not pass on at all (not even its type): the customer is asked to send it again.</summary>
    public static Attachment Unavailable() => new() { ContentType = ActivityContent.UnavailableType };

    /// <summary>An OpenStreetMap link to the point, or null when the coordinates are not numbers in range.</summary>
    private static string? MapLink(string? latitude, string? longitude)
    {
        if (!double.TryParse(latitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90
            || !double.TryParse(longitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180)
            return null;
        return FormattableString.Invariant($"https://www.openstreetmap.org/?mlat={lat:0.######}&mlon={lon:0.######}#map=17/{lat:0.######}/{lon:0.######}");
    }
}
