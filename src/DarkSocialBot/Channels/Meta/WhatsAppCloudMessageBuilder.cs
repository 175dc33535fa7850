using System.Text.Json.Nodes;

namespace DarkSocialBot.Channels.Meta;

/// <summary>
/// Cloud API bodies for one outgoing activity: text split under 4,096 characters, media by link, and choices on the
/// last message as reply buttons (up to 3 whose titles fit in 20 characters), a list (up to 10 rows, titles up to 24, a
/// longer title whole as the row's description) or, beyond that, numbered text. Interactive bodies are at most 1,024 characters, so a long
/// text goes first as plain text.
/// </summary>
public static class WhatsAppCloudMessageBuilder
{
    public const int MaxTextLength = 4096;
    public const int MaxInteractiveBody = 1024;
    public const int MaxButtons = 3;
    public const int MaxButtonTitle = 20;
    public const int MaxListRows = 10;
    public const int MaxRowTitle = 24;
    public const int MaxRowDescription = 72;

    public static (List<JsonObject> Bodies, IReadOnlyList<OfferedChoice> Numbered) Build(OutgoingContent content, string recipient, string? locale)
    {
        var interactive = content.Choices.Count is > 0 and <= MaxListRows;
        var numbered = interactive ? [] : content.Choices;
        var texts = TextSplitter.Split(NumberedChoices.Render(content.Text, numbered), MaxTextLength).ToList();
        string? interactiveBody = null;
        if (interactive)
        {
            var last = texts.Count > 0 ? texts[^1] : "…";
            if (texts.Count > 0) texts.RemoveAt(texts.Count - 1);
            var pieces = TextSplitter.Split(last, MaxInteractiveBody);
            texts.AddRange(pieces.Take(pieces.Count - 1));
            interactiveBody = pieces[^1];
        }

        var bodies = texts.Select(text => Message(recipient, "text", new JsonObject { ["preview_url"] = false, ["body"] = text })).ToList();
        foreach (var media in content.Media)
        {
            var type = MediaType(media.ContentType);
            var payload = new JsonObject { ["link"] = media.Url };
            if (type == "document" && media.Name is { } name) payload["filename"] = name;
            bodies.Add(Message(recipient, type, payload));
        }
        if (interactiveBody is not null) bodies.Add(Message(recipient, "interactive", Interactive(interactiveBody, content.Choices, locale)));
        return (bodies, numbered);
    }

    public static JsonObject Template(string recipient, string name, string language, string? textParameter)
    {
        var template = new JsonObject { ["name"] = name, ["language"] = new JsonObject { ["code"] = language } };
        if (textParameter is not null)
            template["components"] = new JsonArray(new JsonObject
            {
                ["type"] = "body",
                ["parameters"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = textParameter }),
            });
        return Message(recipient, "template", template);
    }

    public static JsonObject MarkAsRead(string messageId) =>
        new() { ["messaging_product"] = "whatsapp", ["status"] = "read", ["message_id"] = messageId };

    /// <summary>A message to a phone number (<c>to</c>) or, for a customer known only by BSUID, to that id (<c>recipient</c>).</summary>
    public static JsonObject Message(string recipient, string type, JsonNode payload)
    {
        var body = new JsonObject { ["messaging_product"] = "whatsapp", ["recipient_type"] = "individual" };
        body[IsPhone(recipient) ? "to" : "recipient"] = recipient;
        body["type"] = type;
        body[type] = payload;
        return body;
    }

    private static JsonObject Interactive(string text, IReadOnlyList<OfferedChoice> choices, string? locale)
    {
        // A button title is cut at 20 characters with no room for the rest, so longer titles go in a list, which shows them whole.
        if (choices.Count <= MaxButtons && choices.All(c => c.Title.Length <= MaxButtonTitle))
            return new JsonObject
            {
                ["type"] = "button",
                ["body"] = new JsonObject { ["text"] = text },
                ["action"] = new JsonObject
                {
                    ["buttons"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject
                    {
                        ["type"] = "reply",
                        ["reply"] = new JsonObject { ["id"] = MessengerMessageBuilder.Shorten(c.Value, 256), ["title"] = c.Title },
                    })]),
                },
            };
        var french = locale?.StartsWith("fr", StringComparison.OrdinalIgnoreCase) == true;
        return new JsonObject
        {
            ["type"] = "list",
            ["body"] = new JsonObject { ["text"] = text },
            ["action"] = new JsonObject
            {
                ["button"] = french ? "Choisir" : "Choose",
                ["sections"] = new JsonArray(new JsonObject
                {
                    ["rows"] = new JsonArray([.. choices.Select(Row)]),
                }),
            },
        };
    }

    /// <summary>A list row; a title cut to 24 characters is shown whole underneath, as the row's description (up to 72).</summary>
    private static JsonNode Row(OfferedChoice choice)
    {
        var row = new JsonObject
        {
            ["id"] = MessengerMessageBuilder.Shorten(choice.Value, 200),
            ["title"] = MessengerMessageBuilder.Shorten(choice.Title, MaxRowTitle),
        };
        if (choice.Title.Length > MaxRowTitle) row["description"] = MessengerMessageBuilder.Shorten(choice.Title, MaxRowDescription);
        return row;
    }

    private static bool IsPhone(string recipient) =>
        recipient.TrimStart('+') is { Length: >= 5 and <= 16 } digits && digits.All(char.IsAsciiDigit);

    private static string MediaType(string contentType) =>
        contentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase) ? "image"
        : contentType.StartsWith("video/", StringComparison.OrdinalIgnoreCase) ? "video"
        : contentType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) ? "audio"
        : "document";

}
