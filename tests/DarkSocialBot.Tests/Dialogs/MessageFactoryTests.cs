using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs;

namespace DarkSocialBot.Tests.Dialogs;

public sealed class MessageFactoryTests
{
    [Fact]
    public void Choices_become_suggested_actions_with_localized_titles_and_stable_values()
    {
        var message = MessageFactory.Choices("Which seat?", TripBot.Seats, "fr-FR");

        Assert.Equal("Which seat?", message.Text);
        Assert.All(message.SuggestedActions!.Actions, a => Assert.Equal("imBack", a.Type));
        Assert.Equal(["Hublot", "Couloir", "Milieu"], message.SuggestedActions.Actions.Select(a => a.Title));
        Assert.Equal(["window", "aisle", "middle"], message.SuggestedActions.Actions.Select(a => a.Value));
    }

    [Fact]
    public void Plain_titles_are_their_own_values()
    {
        var message = MessageFactory.Choices("Pick one", "Red", "Blue");

        Assert.Equal(["Red", "Blue"], message.SuggestedActions!.Actions.Select(a => a.Value));
    }

    [Fact]
    public void Hero_card_is_an_attachment_with_camel_case_content()
    {
        var card = MessageFactory.HeroCard("AF123", "Paris → Amsterdam", imageUrl: "https://example.com/p.png",
            buttons: [new CardAction { Type = "openUrl", Title = "Boarding pass", Value = "https://example.com/bp" }]);
        var message = MessageFactory.Carousel([card], "Your flight");

        Assert.Equal("carousel", message.AttachmentLayout);
        Assert.Equal(MessageFactory.HeroCardContentType, message.Attachments![0].ContentType);
        var content = message.Attachments[0].Content!.Value;
        Assert.Equal("AF123", content.GetProperty("title").GetString());
        Assert.Equal("https://example.com/p.png", content.GetProperty("images")[0].GetProperty("url").GetString());
        Assert.Equal("Boarding pass", content.GetProperty("buttons")[0].GetProperty("title").GetString());
        Assert.False(content.TryGetProperty("text", out _));
    }

    [Fact]
    public void Media_attachment_carries_its_url()
    {
        var message = MessageFactory.Attachment(MessageFactory.Media("application/pdf", "https://example.com/bp.pdf", "bp.pdf"));

        Assert.Equal("https://example.com/bp.pdf", message.Attachments![0].ContentUrl);
        Assert.Equal(ActivityTypes.Message, message.Type);
    }
}
