using System.Text.Json;
using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Broadcasts.Subscriptions;

/// <summary>
/// What the broadcast feature says and understands, per language, from <c>BroadcastTexts.json</c> (an embedded
/// resource a brand edits): intent phrases, consent wordings by version, replies, topic and status names.
/// </summary>
internal sealed class BroadcastTexts
{
    public Dictionary<string, Dictionary<string, string[]>> Intents { get; init; } = [];
    public Dictionary<string, LocalizedText> ConsentWordings { get; init; } = [];
    public Dictionary<string, LocalizedText> Replies { get; init; } = [];
    public Dictionary<string, LocalizedText> TopicNames { get; init; } = [];
    public Dictionary<string, LocalizedText> FlightStatuses { get; init; } = [];
    public Dictionary<string, LocalizedText> FlightDetails { get; init; } = [];

    public static BroadcastTexts Load()
    {
        using var stream = typeof(BroadcastTexts).Assembly.GetManifestResourceStream("DarkSocialBot.Broadcasts.Subscriptions.BroadcastTexts.json")
            ?? throw new InvalidOperationException("BroadcastTexts.json is not embedded.");
        var texts = JsonSerializer.Deserialize<BroadcastTexts>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("BroadcastTexts.json is empty.");
        return new BroadcastTexts
        {
            Intents = texts.Intents,
            ConsentWordings = new(texts.ConsentWordings, StringComparer.OrdinalIgnoreCase),
            Replies = texts.Replies,
            TopicNames = new(texts.TopicNames, StringComparer.OrdinalIgnoreCase),
            FlightStatuses = new(texts.FlightStatuses, StringComparer.OrdinalIgnoreCase),
            FlightDetails = new(texts.FlightDetails, StringComparer.OrdinalIgnoreCase),
        };
    }

    public string Reply(string key, string language, IReadOnlyDictionary<string, string>? values = null) =>
        Placeholders.Render(Replies[key].Get(language), values);

    /// <summary>"our offers", "updates about flight KL1234"; the topic itself when it has no name.</summary>
    public string TopicName(string topic, string language)
    {
        if (Topics.TryParseFlight(topic, out var flight, out _))
            return Placeholders.Render(TopicNames["flight"].Get(language), new Dictionary<string, string> { ["flight"] = flight });
        return TopicNames.TryGetValue(topic, out var name) ? name.Get(language) : topic;
    }
}
