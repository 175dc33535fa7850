using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Tests.Dialogs;

public sealed class ChoiceAndConfirmPromptTests
{
    private static readonly PromptOptions SeatQuestion = new() { Prompt = "Which seat?", Choices = TripBot.Seats };

    [Theory]
    [InlineData("en-US", "Aisle", "aisle")]
    [InlineData("en-US", "aisle", "aisle")]
    [InlineData("en-US", "#2", "aisle")]
    [InlineData("en-US", "option 2", "aisle")]
    [InlineData("en-US", "the second one", "aisle")]
    [InlineData("en-US", "last one", "middle")]
    [InlineData("en-US", "two", "aisle")]
    [InlineData("en-US", "windw", "window")]
    [InlineData("fr-FR", "le deuxième", "aisle")]
    [InlineData("fr-FR", "le dernier", "middle")]
    [InlineData("fr-FR", "côté couloir svp", "aisle")]
    [InlineData("fr-FR", "fenetre", "window")]
    [InlineData("fr-FR", "Hublot", "window")]
    public async Task Choice_prompt_understands_titles_numbers_ordinals_synonyms_and_typos(string locale, string answer, string expected)
    {
        var client = PromptBot.Create(new ChoicePrompt("choice"), SeatQuestion, r => ((FoundChoice)r!).Value, locale);

        await client.SendAsync("hi");
        client.NextReply();
        await client.SendAsync(answer);
        client.AssertReply($"got {expected}");
    }

    [Fact]
    public async Task Choice_prompt_shows_titles_in_the_customer_language_with_values_to_send_back()
    {
        var client = PromptBot.Create(new ChoicePrompt("choice"), SeatQuestion, r => ((FoundChoice)r!).Value, "fr-FR");

        await client.SendAsync("hi");

        var question = client.AssertReply("Which seat?");
        Assert.Equal(["Hublot", "Couloir", "Milieu"], question.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal(["window", "aisle", "middle"], question.SuggestedActions.Actions.Select(a => a.Value));
    }

    [Theory]
    [InlineData("en-US", "yes", "True")]
    [InlineData("en-US", "Sure!", "True")]
    [InlineData("en-US", "okay", "True")]
    [InlineData("en-US", "👍", "True")]
    [InlineData("en-US", "nope", "False")]
    [InlineData("en-US", "no thanks", "False")]
    [InlineData("en-US", "👎", "False")]
    [InlineData("en-US", "2", "False")]
    [InlineData("fr-FR", "oui", "True")]
    [InlineData("fr-FR", "d'accord", "True")]
    [InlineData("fr-FR", "ouais", "True")]
    [InlineData("fr-FR", "non merci", "False")]
    [InlineData("fr-FR", "Oui", "True")]
    public async Task Confirm_prompt_understands_yes_and_no_words_and_emoji(string locale, string answer, string expected)
    {
        var client = PromptBot.Create(new ConfirmPrompt("confirm"), new PromptOptions { Prompt = "Sure?" }, locale: locale);

        await client.SendAsync("hi");
        client.NextReply();
        await client.SendAsync(answer);
        client.AssertReply($"got {expected}");
    }

    [Fact]
    public async Task Confirm_prompt_offers_yes_and_no_in_the_customer_language()
    {
        var client = PromptBot.Create(new ConfirmPrompt("confirm"), new PromptOptions { Prompt = "Vous confirmez ?" }, locale: "fr-FR");

        await client.TranscriptAsync("""
            user: salut
            bot: Vous confirmez ?
            choices: Oui | Non
            user: peut-être
            bot: Désolé, je n'ai pas compris. Vous confirmez ?
            choices: Oui | Non
            """);
    }

    [Fact]
    public async Task Ambiguous_choice_gets_the_retry_prompt()
    {
        var options = SeatQuestion with { RetryPrompt = "Please pick Window, Aisle or Middle." };
        var client = PromptBot.Create(new ChoicePrompt("choice"), options, r => ((FoundChoice)r!).Value);

        await client.TranscriptAsync("""
            user: hi
            bot: Which seat?
            user: any seat is fine
            bot: Please pick Window, Aisle or Middle.
            choices: Window | Aisle | Middle
            user: 1
            bot: got window
            """);
    }
}
