using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Interruptions;

namespace DarkSocialBot.Tests.Dialogs;

public sealed class InterruptionTests
{
    [Fact]
    public async Task Help_mid_prompt_answers_then_asks_the_same_question_again()
    {
        var client = TripBot.Client();

        await client.TranscriptAsync("""
            user: hi
            bot: What's your name?
            user: Ana
            bot: How many bags?
            user: help
            bot: I can change your trip.
            bot: How many bags?
            user: 1
            bot: When do you fly?
            """);
    }

    [Fact]
    public async Task Help_does_not_count_as_a_failed_attempt()
    {
        var client = TripBot.Client();
        await client.TranscriptAsync("""
            user: hi
            bot: What's your name?
            user: Ana
            bot: How many bags?
            user: lots
            bot~ didn't get that
            user: what can you do?
            bot: I can change your trip.
            bot: How many bags?
            user: many
            bot~ didn't get that
            user: 2
            bot: When do you fly?
            """);
    }

    [Fact]
    public async Task Cancel_mid_flow_drops_every_dialog_and_the_next_message_starts_over()
    {
        var client = TripBot.Client();

        await client.TranscriptAsync("""
            user: hi
            bot: What's your name?
            user: Ana
            bot: How many bags?
            user: cancel
            bot: OK, cancelled.
            user: hello
            bot: What's your name?
            """);
    }

    [Fact]
    public async Task Asking_for_an_agent_replaces_the_flow_with_the_handoff_even_with_a_typo()
    {
        var client = TripBot.Client();

        await client.TranscriptAsync("""
            user: hi
            bot: What's your name?
            user: I want to talk to a humna
            bot: Connecting you to an agent.
            """);
    }

    [Fact]
    public async Task Switching_language_mid_prompt_asks_again_in_the_new_language_and_keeps_it()
    {
        var client = TripBot.Client();

        await client.TranscriptAsync("""
            user: hi
            bot: What's your name?
            user: Ana
            bot: How many bags?
            user: en français svp
            bot: Combien de bagages ?
            user: deux
            bot: Quand partez-vous ?
            user: demain à 17h
            bot: Quelle place ?
            choices: Hublot | Couloir | Milieu
            user: aide
            bot: Je peux modifier votre voyage.
            bot: Quelle place ?
            """);
        Assert.Equal("fr-FR", client.LastResult!.Responses[^1].Locale);
    }

    [Fact]
    public async Task French_customer_gets_french_interruption_texts()
    {
        var client = TripBot.Client(locale: "fr-FR");

        await client.TranscriptAsync("""
            user: bonjour
            bot: Quel est votre nom ?
            user: annuler
            bot: D'accord, c'est annulé.
            """);
    }

    [Fact]
    public async Task A_pushed_dialog_runs_on_top_and_the_interrupted_prompt_asks_again_when_it_ends()
    {
        var manager = TripBot.Manager(intents: TripBot.Intents().Add("baggage", "en", "baggage rules"));
        manager.Dialogs.Add(new WaterfallDialog<NoState>("baggage-rules")
            .Step((step, ct) => step.PromptAsync("confirm", "One cabin bag is free. Want the full rules?", ct))
            .Step((step, ct) =>
            {
                if (step.ResultAs<bool>()) step.Send("Rules: https://example.com/bags");
                return step.EndAsync(null, ct);
            }));
        manager.Interruptions.Insert(0, new IntentInterruption("baggage",
            (dc, ct) => Task.FromResult(InterruptionResult.Push("baggage-rules"))));
        var client = TripBot.Client(manager);

        await client.TranscriptAsync("""
            user: hi
            bot: What's your name?
            user: Ana
            bot: How many bags?
            user: what are the baggage rules?
            bot: One cabin bag is free. Want the full rules?
            user: yes
            bot: Rules: https://example.com/bags
            bot: How many bags?
            user: 1
            bot: When do you fly?
            """);
    }
}
