using System.Text.Json.Nodes;
using DarkSocialBot.Core.Activities;

namespace DarkSocialBot.Channels.Meta;

/// <summary>
/// Send API bodies for one outgoing activity: text split under 2,000 characters, media as attachment messages,
/// choices as quick replies on the last message (at most 13, titles cut to 20 characters) or, when there are more,
/// as numbered text. When a title has to be cut, the text also lists the choices numbered and whole, so the customer can
/// read them (and answer "2").
/// </summary>
public static class MessengerMessageBuilder
{
    public const int MaxTextLength = 2000;
    public const int MaxQuickReplies = 13;
    public const int MaxTitleLength = 20;

    /// <param name="messagingType"><c>RESPONSE</c> inside the 24-hour window, <c>MESSAGE_TAG</c> with <paramref name="tag"/> outside it.</param>
    public static (List<JsonObject> Bodies, IReadOnlyList<OfferedChoice> Numbered) Build(OutgoingContent content, string psid, string messagingType, string? tag)
    {
        var quickReplies = content.Choices.Count is > 0 and <= MaxQuickReplies;
        var numbered = !quickReplies || content.Choices.Any(c => c.Title.Length > MaxTitleLength) ? content.Choices : [];
        var texts = TextSplitter.Split(NumberedChoices.Render(content.Text, numbered), MaxTextLength).ToList();
        if (quickReplies && texts.Count == 0 && content.Media.Count == 0) texts.Add("…");

        var messages = texts.Select(text => new JsonObject { ["text"] = text })
            .Concat(content.Media.Select(media => new JsonObject
            {
                ["attachment"] = new JsonObject
                {
                    ["type"] = AttachmentType(media.ContentType),
                    ["payload"] = new JsonObject { ["url"] = media.Url, ["is_reusable"] = true },
                },
            }))
            .ToList();
        if (quickReplies && messages.Count > 0)
            messages[^1]["quick_replies"] = new JsonArray([.. content.Choices.Select(c => (JsonNode)new JsonObject
            {
                ["content_type"] = "text",
                ["title"] = Shorten(c.Title, MaxTitleLength),
                ["payload"] = Shorten(c.Value, 1000),
            })]);

        var bodies = messages.Select(message =>
        {
            var body = new JsonObject { ["recipient"] = new JsonObject { ["id"] = psid }, ["messaging_type"] = messagingType };
            if (tag is not null) body["tag"] = tag;
            body["message"] = message;
            return body;
        }).ToList();
        return (bodies, numbered);
    }

    /// <summary>
    /// A utility message (Meta, "Send a utility message"): <c>messaging_type: UTILITY</c> and <c>message.template</c> with the
    /// template's <c>name</c>, <c>language.code</c> and, when it has one, the body parameter (<c>parameter_name</c> for a
    /// template created with named parameters).
    /// </summary>
    public static JsonObject UtilityTemplate(string psid, string name, string language, string? text, string? parameterName)
    {
        var template = new JsonObject { ["name"] = name, ["language"] = new JsonObject { ["code"] = language } };
        if (text is not null)
        {
            var parameter = new JsonObject { ["type"] = "text" };
            if (!string.IsNullOrWhiteSpace(parameterName)) parameter["parameter_name"] = parameterName;
            parameter["text"] = text;
            template["components"] = new JsonArray(new JsonObject { ["type"] = "body", ["parameters"] = new JsonArray(parameter) });
        }
        return new JsonObject
        {
            ["recipient"] = new JsonObject { ["id"] = psid },
            ["messaging_type"] = "UTILITY",
            ["message"] = new JsonObject { ["template"] = template },
        };
    }

    public static JsonObject SenderAction(string psid, string action) =>
        new() { ["recipient"] = new JsonObject { ["id"] = psid }, ["sender_action"] = action };

    internal static string Shorten(string text, int max) => text.Length <= max ? text : TextPrefix.Cut(text, max - 1).TrimEnd() + "…";

    private static string AttachmentType(string contentType) =>
        contentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase) ? "image"
        : contentType.StartsWith("video/", StringComparison.OrdinalIgnoreCase) ? "video"
        : contentType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) ? "audio"
        : "file";
}
