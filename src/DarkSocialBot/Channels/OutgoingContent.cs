using System.Text;
using System.Text.Json;
using DarkSocialBot.Core.Activities;

namespace DarkSocialBot.Channels;

/// <summary>
/// What an outgoing activity says, flattened for messaging channels: text (an agent's signed "Sam: …"), choices (suggested actions and card
/// buttons) and media URLs. Hero cards become their title, subtitle and text, their image as media, their buttons as
/// choices (link buttons as "title: url" lines, unless the text already has that url). Each channel then renders this its own way.
/// </summary>
public sealed record OutgoingContent(string Text, IReadOnlyList<OfferedChoice> Choices, IReadOnlyList<OutgoingMedia> Media)
{
    private const string HeroCard = "application/vnd.microsoft.card.hero";

    public bool IsEmpty => Text.Length == 0 && Choices.Count == 0 && Media.Count == 0;

    public static OutgoingContent From(Activity activity)
    {
        var text = new StringBuilder(activity.Text?.Trim());
        // An agent's reply is signed with their name (channelData agentName): these channels show no sender of their own.
        if (text.Length > 0 && activity.ChannelData is { } data && String(data, "agentName")?.Trim() is { Length: > 0 } agent)
            text.Insert(0, $"{agent}: ");
        var choices = new List<OfferedChoice>(NumberedChoices.From(activity.SuggestedActions));
        var media = new List<OutgoingMedia>();
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.ContentType == HeroCard && attachment.Content is { ValueKind: JsonValueKind.Object } card)
                AddCard(card, text, choices, media);
            else if (IsWebUrl(attachment.ContentUrl))
                media.Add(new OutgoingMedia(attachment.ContentUrl!, attachment.ContentType ?? "application/octet-stream", attachment.Name));
        }
        return new OutgoingContent(text.ToString(), choices, media);
    }

    private static void AddCard(JsonElement card, StringBuilder text, List<OfferedChoice> choices, List<OutgoingMedia> media)
    {
        foreach (var field in new[] { "title", "subtitle", "text" })
            if (String(card, field) is { Length: > 0 } line) AppendLine(text, line);
        if (card.TryGetProperty("images", out var images) && images.ValueKind == JsonValueKind.Array)
            foreach (var image in images.EnumerateArray())
                if (String(image, "url") is { } url && IsWebUrl(url)) media.Add(new OutgoingMedia(url, "image/*", null));
        if (!card.TryGetProperty("buttons", out var buttons) || buttons.ValueKind != JsonValueKind.Array) return;
        foreach (var button in buttons.EnumerateArray())
        {
            var title = String(button, "title");
            var value = String(button, "value");
            if (String(button, "type") is "openUrl" or "downloadFile" && IsWebUrl(value))
            {
                // A link the text already gives (a boarding pass "in the text for any channel") is not repeated.
                if (!text.ToString().Contains(value!, StringComparison.Ordinal)) AppendLine(text, $"{title}: {value}");
            }
            else if ((title ?? value) is { Length: > 0 } shown) choices.Add(new OfferedChoice(shown, value ?? shown));
        }
    }

    private static void AppendLine(StringBuilder text, string line)
    {
        if (text.Length > 0) text.Append('\n');
        text.Append(line.Trim());
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

public sealed record OutgoingMedia(string Url, string ContentType, string? Name);
