using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs.Prompts;

namespace DarkSocialBot.Tests.Dialogs;

/// <summary>Whatever arrives, the customer gets a polite retry and the turn never fails.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🙈🙉🙊")]
    [InlineData("!!!???")]
    public async Task Unusable_text_gets_a_polite_retry_in_every_prompt(string answer)
    {
        foreach (var (prompt, options) in EveryPrompt())
        {
            var client = PromptBot.Create(prompt, options);
            await client.SendAsync("hi");
            client.NextReply();

            await client.SendAsync(answer);

            Assert.False(client.LastResult!.Failed);
            client.AssertReply($"Sorry, I didn't get that. {options.Prompt}");
        }
    }

    [Fact]
    public async Task Five_thousand_characters_do_not_break_any_prompt()
    {
        var essay = string.Concat(Enumerable.Repeat("blah tomorrow 12 oui ", 250));
        Assert.True(essay.Length >= 5000);
        foreach (var (prompt, options) in EveryPrompt())
        {
            var client = PromptBot.Create(prompt, options);
            await client.SendAsync("hi");
            client.NextReply();

            await client.SendAsync(essay);

            Assert.False(client.LastResult!.Failed);
            Assert.Single(client.LastResult.Responses);
            client.NextReply();
        }
    }

    [Fact]
    public async Task An_image_when_text_was_expected_gets_a_polite_retry()
    {
        var client = PromptBot.Create(new NumberPrompt("number"), new PromptOptions { Prompt = "How many bags?" });
        await client.SendAsync("hi");
        client.NextReply();
        var image = client.CreateMessage(null!);
        image.Attachments = [new Attachment { ContentType = "image/jpeg", ContentUrl = "https://example.com/bag.jpg" }];

        await client.SendAsync(image);

        Assert.False(client.LastResult!.Failed);
        client.AssertReply("Thanks! I can only read text here. How many bags?");
    }

    [Fact]
    public async Task Non_message_activities_do_not_disturb_the_active_prompt()
    {
        var client = PromptBot.Create(new NumberPrompt("number"), new PromptOptions { Prompt = "How many bags?" });
        await client.SendAsync("hi");
        client.NextReply();

        await client.SendAsync(new Activity { Type = ActivityTypes.Typing });
        await client.SendAsync("2");

        client.AssertReply("got 2");
    }

    [Fact]
    public async Task A_conversation_update_does_not_start_the_root_dialog()
    {
        var manager = TripBot.Manager();
        var client = TripBot.Client(manager);

        await client.StartConversationAsync();
        var turn = new Core.Turns.TurnContext(client.CreateMessage("x"), new(null), new(null), TimeProvider.System);
        turn.Activity.Type = ActivityTypes.Event;

        Assert.Empty(client.LastResult!.Responses);
        Assert.Equal(Core.Dialogs.DialogTurnStatus.Empty, (await manager.OnTurnAsync(turn, default)).Status);
        Assert.Empty(turn.Responses);
    }

    private static IEnumerable<(Core.Dialogs.Dialog, PromptOptions)> EveryPrompt() =>
    [
        (new TextPrompt("p"), new PromptOptions { Prompt = "Text?" }),
        (new NumberPrompt("p"), new PromptOptions { Prompt = "Number?" }),
        (new DateTimePrompt("p"), new PromptOptions { Prompt = "When?" }),
        (new ConfirmPrompt("p"), new PromptOptions { Prompt = "Sure?" }),
        (new ChoicePrompt("p"), new PromptOptions { Prompt = "Which?", Choices = TripBot.Seats }),
        (new PhoneNumberPrompt("p"), new PromptOptions { Prompt = "Phone?" }),
        (new EmailPrompt("p"), new PromptOptions { Prompt = "E-mail?" }),
    ];
}
