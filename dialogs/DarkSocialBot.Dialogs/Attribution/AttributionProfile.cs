using DarkSocialBot.Core.Attribution;
using DarkSocialBot.Core.State;

namespace DarkSocialBot.Dialogs.Attribution;

/// <summary>What user state remembers about attribution: whether the question was asked (once per customer) and how they first came in.</summary>
public sealed class AttributionProfile
{
    public static readonly StateProperty<AttributionProfile> Property = new("attribution", () => new AttributionProfile());

    public DateTimeOffset? AskedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>The first tracked entry (Messenger ref, WhatsApp pre-filled code, UTM code) this customer arrived through.</summary>
    public TrackedEntry? FirstTrackedEntry { get; set; }
}
