using System.Text.Json;

namespace DarkSocialBot.Airline;

/// <summary>A photo, video or document filed with a bag report (<see cref="BagReport.Attachments"/>): the provider's URL, its type and file name.</summary>
public sealed record BagEvidence(string Url, string ContentType, string? Name)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The evidence stored as JSON on a report; none when there is none or it cannot be read.</summary>
    public static IReadOnlyList<BagEvidence> Read(string? attachments)
    {
        if (string.IsNullOrEmpty(attachments)) return [];
        try
        {
            return JsonSerializer.Deserialize<List<BagEvidence>>(attachments, Json)?.Where(e => !string.IsNullOrEmpty(e.Url)).ToList() ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
