using System.Text.Json;
using System.Text.Json.Serialization;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Core.Dialogs;

/// <summary>
/// Channel-neutral messages. Choices travel as <see cref="SuggestedActions"/> (title shown, value sent back); each channel
/// adapter renders them its own way (numbered text on SMS, quick replies, buttons). Dialogs never branch on the channel.
/// </summary>
public static class MessageFactory
{
    public const string HeroCardContentType = "application/vnd.microsoft.card.hero";

    private static readonly JsonSerializerOptions CardJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text, InputHint = "acceptingInput" };

    /// <summary>A text with options; the titles are picked in <paramref name="locale"/>.</summary>
    public static Activity Choices(string text, IEnumerable<Choice> choices, string locale)
    {
        var message = Text(text);
        message.InputHint = "expectingInput";
        message.SuggestedActions = new SuggestedActions
        {
            Actions = [.. choices.Select(c => new CardAction { Type = "imBack", Title = c.TitleFor(locale), Value = c.Value })],
        };
        return message;
    }

    /// <summary>A text with options whose titles are also their values.</summary>
    public static Activity Choices(string text, params string[] titles) => Choices(text, titles.Select(t => new Choice(t)), "");

    public static Activity Attachment(Attachment attachment, string? text = null) => Attachments([attachment], text);

    /// <summary>Several attachments or cards; channels that can show them side by side do (a carousel).</summary>
    public static Activity Carousel(IEnumerable<Attachment> attachments, string? text = null)
    {
        var message = Attachments(attachments, text);
        message.AttachmentLayout = "carousel";
        return message;
    }

    public static Activity Attachments(IEnumerable<Attachment> attachments, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Attachments = [.. attachments],
        AttachmentLayout = "list",
    };

    /// <summary>A file or image by URL.</summary>
    public static Attachment Media(string contentType, string url, string? name = null) =>
        new() { ContentType = contentType, ContentUrl = url, Name = name };

    /// <summary>A hero card (title, text, image, buttons); text-only channels get its text and buttons as a list.</summary>
    public static Attachment HeroCard(string title, string? subtitle = null, string? text = null, string? imageUrl = null,
        IEnumerable<CardAction>? buttons = null) => new()
    {
        ContentType = HeroCardContentType,
        Content = JsonSerializer.SerializeToElement(new HeroCardContent(title, subtitle, text,
            imageUrl is null ? null : [new CardImage(imageUrl)], buttons?.ToList()), CardJson),
    };

    private sealed record HeroCardContent(string Title, string? Subtitle, string? Text, List<CardImage>? Images, List<CardAction>? Buttons);

    private sealed record CardImage(string Url);
}
