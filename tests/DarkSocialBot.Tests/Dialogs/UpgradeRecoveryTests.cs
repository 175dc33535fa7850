using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.State;

namespace DarkSocialBot.Tests.Dialogs;

/// <summary>A deploy changes the dialogs while conversations are stored mid-flow: they restart politely, never throw.</summary>
public sealed class UpgradeRecoveryTests
{
    private readonly InMemoryConversationStore _store = new();

    private async Task StartOnTheOldDeployAsync()
    {
        var old = TripBot.Client(store: _store);
        await old.TranscriptAsync("""
            user: hi
            bot: What's your name?
            user: Ana
            bot: How many bags?
            """);
    }

    [Fact]
    public async Task Stored_stack_naming_a_removed_dialog_restarts_the_root_with_a_notice()
    {
        await StartOnTheOldDeployAsync();
        var upgraded = TripBot.Client(TripBot.Manager(TripBot.Flow(id: "trip-v2")), store: _store);

        await upgraded.TranscriptAsync("""
            user: 2
            bot: Sorry, we updated our assistant and I had to restart our conversation. Let's start again.
            bot: What's your name?
            user: Ana
            bot: How many bags?
            """);
    }

    [Fact]
    public async Task Stored_stack_of_another_dialog_version_restarts_in_the_customer_language()
    {
        var old = TripBot.Client(store: _store, locale: "fr-FR");
        await old.SendAsync("bonjour");
        var upgraded = TripBot.Client(TripBot.Manager(TripBot.Flow(version: "2")), store: _store, locale: "fr-FR");

        await upgraded.TranscriptAsync("""
            user: Ana
            bot~ notre conversation a dû reprendre depuis le début
            bot: Quel est votre nom ?
            """);
    }

    [Fact]
    public async Task Waterfall_with_a_step_removed_does_not_run_the_wrong_step()
    {
        await StartOnTheOldDeployAsync();
        var shorter = new WaterfallDialog<TripChange>("trip")
            .Step((step, ct) => step.PromptAsync("text", TripBot.AskName, ct))
            .Step((step, ct) => step.EndAsync(null, ct));
        var upgraded = TripBot.Client(TripBot.Manager(shorter), store: _store);

        await upgraded.TranscriptAsync("""
            user: 2
            bot~ restart our conversation
            bot: What's your name?
            """);
    }

    [Fact]
    public async Task Stored_state_that_no_longer_fits_the_state_class_restarts_politely()
    {
        await StartOnTheOldDeployAsync();
        var renamed = new WaterfallDialog<IncompatibleTrip>("trip")
            .Step((step, ct) => step.PromptAsync("text", TripBot.AskName, ct))
            .Step((step, ct) => step.PromptAsync("number", TripBot.AskBags, ct))
            .Step((step, ct) => step.EndAsync(null, ct)).Step((step, ct) => step.EndAsync(null, ct))
            .Step((step, ct) => step.EndAsync(null, ct)).Step((step, ct) => step.EndAsync(null, ct));
        var upgraded = TripBot.Client(TripBot.Manager(renamed), store: _store);

        await upgraded.TranscriptAsync("""
            user: 2
            bot~ restart our conversation
            bot: What's your name?
            """);
    }

    [Fact]
    public async Task Garbage_frame_state_restarts_politely()
    {
        await StartOnTheOldDeployAsync();
        var client = TripBot.Client(store: _store);
        var document = _store.Find("test/conversations/conversation-1");
        var json = System.Text.Encoding.UTF8.GetString(document.Data!).Replace("\"step\":1", "\"step\":\"one\"", StringComparison.Ordinal);
        var keys = new StateKeys("test/conversations/conversation-1", "test/users/user-1");
        var loaded = await _store.LoadAsync(keys, default);
        Assert.True(await _store.TryCommitAsync(new TurnCommit(client.CreateMessage("x"), keys, loaded, System.Text.Encoding.UTF8.GetBytes(json), null, []), default));

        await client.TranscriptAsync("""
            user: 2
            bot~ restart our conversation
            bot: What's your name?
            """);
    }

    /// <summary>The old state had "name" as a string; this deploy made it a number.</summary>
    public sealed class IncompatibleTrip
    {
        public int Name { get; set; }
    }
}
