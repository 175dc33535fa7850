using System.Text.Json;

namespace DarkSocialBot.Channels;

/// <summary>
/// A consent the channel itself collected, as the value of an <c>optin</c> event (Messenger's Marketing Messages opt-in):
/// the customer agreed to hear about <see cref="Topic"/> (or, <see cref="Granted"/> false, asked to stop), having seen
/// <see cref="Wording"/>. The broadcasts record it as any other consent.
/// </summary>
public sealed record OptInConsent(string Topic, bool Granted, string? Wording)
{
    /// <summary>The name of the event whose value is a consent.</summary>
    public const string EventName = "optin";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public JsonElement ToJson() => JsonSerializer.SerializeToElement(this, Json);

    /// <summary>The consent an event's value holds, or null (no value, another shape, a blank topic).</summary>
    public static OptInConsent? Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } element) return null;
        try
        {
            return JsonSerializer.Deserialize<OptInConsent>(element, Json) is { Topic: { } topic } consent && !string.IsNullOrWhiteSpace(topic) ? consent : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
