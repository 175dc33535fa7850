using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DarkSocialBot.Tests.Dialogs;

public sealed class MaxAttemptsTests
{
    [Fact]
    public async Task Prompt_gives_up_after_max_attempts_and_the_engine_offers_an_agent()
    {
        var client = PromptBot.Create(new NumberPrompt("number"), new PromptOptions { Prompt = "How many bags?", MaxAttempts = 3 });

        await client.TranscriptAsync("""
            user: hi
            bot: How many bags?
            user: lots
            bot: Sorry, I didn't get that. How many bags?
            user: a few
            bot: Sorry, I didn't get that. How many bags?
            user: many
            bot: I'm having trouble understanding, sorry. Would you like to talk to someone from our team?
            choices: Talk to an agent
            """);
        Assert.Equal("agent", LastChoiceValue(client));
    }

    [Fact]
    public async Task Agent_offer_is_in_the_customer_language_and_the_conversation_starts_fresh_after_it()
    {
        var client = PromptBot.Create(new NumberPrompt("number"), new PromptOptions { Prompt = "Combien ?", MaxAttempts = 1 }, locale: "fr-FR");

        await client.TranscriptAsync("""
            user: salut
            bot: Combien ?
            user: beaucoup
            bot: J'ai du mal à comprendre, désolé. Voulez-vous parler à quelqu'un de notre équipe ?
            choices: Parler à un conseiller
            user: re
            bot: Combien ?
            """);
    }

    [Fact]
    public async Task Giving_up_mid_flow_starts_the_agent_dialog_when_one_is_configured()
    {
        var manager = new DialogManager(TripBot.Flow(), new WaterfallDialog<NoState>("handoff")
            .Step((step, ct) =>
            {
                step.Send($"Connecting you to an agent (gave up on {step.ResultAs<PromptGaveUp>().PromptId}).");
                return step.EndAsync(null, ct);
            })) { AgentDialogId = "handoff" };
        manager.Dialogs.AddDefaultPrompts();
        var client = new TestClient(new DialogBot(manager), time: new FakeTimeProvider(TripBot.Now));

        await client.TranscriptAsync("""
            user: hi
            bot: What's your name?
            user: Ana
            bot: How many bags?
            user: x
            bot~ didn't get that
            user: y
            bot~ didn't get that
            user: z
            bot: Connecting you to an agent (gave up on number).
            """);
    }

    [Fact]
    public async Task A_waterfall_that_handles_giving_up_gets_the_result_in_its_next_step()
    {
        var root = new WaterfallDialog<NoState>("root") { HandlesGaveUp = true }
            .Step((step, ct) => step.PromptAsync("number", new PromptOptions { Prompt = "How many?", MaxAttempts = 1 }, ct))
            .Step((step, ct) =>
            {
                step.Send(step.GaveUp ? $"No problem, I'll assume one ({step.ResultAs<PromptGaveUp>().Attempts} attempt)." : "Thanks.");
                return step.EndAsync(null, ct);
            });
        var client = new TestClient(new DialogBot(new DialogManager(root, new NumberPrompt("number"))));

        await client.TranscriptAsync("""
            user: hi
            bot: How many?
            user: dunno
            bot: No problem, I'll assume one (1 attempt).
            """);
    }

    private static string? LastChoiceValue(TestClient client) =>
        client.LastResult!.Responses[^1].SuggestedActions!.Actions[0].Value;
}
