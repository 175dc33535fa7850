using System.Text.Json;
using DarkSocialBot.Core.Activities;

namespace DarkSocialBot.Contacts;

/// <summary>
/// The one message an opted-out customer may still get: the confirmation of their STOP, on channels whose provider does not
/// send one itself. It is marked with an entity (the Bot Framework's own extension point, which channels ignore), so the
/// senders' opt-out checks let it through and nothing else.
/// </summary>
public static class OptOutNotice
{
    public const string EntityType = "https://darksocialbot.dev/entities/optOutConfirmation";

    private static readonly JsonElement Entity = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["type"] = EntityType });

    public static Activity Create(string text) => new() { Type = ActivityTypes.Message, Text = text, Entities = [Entity] };

    public static bool IsOn(Activity activity) =>
        activity.Entities?.Any(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var type)
            && type.ValueKind == JsonValueKind.String && type.ValueEquals(EntityType)) == true;
}
