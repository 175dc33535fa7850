using System.Text.Json;

namespace DarkSocialBot.Core.Activities;

/// <summary>Media or a card: <c>contentType</c> plus <c>content</c> or <c>contentUrl</c> (A7100).</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonElement? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }
}
