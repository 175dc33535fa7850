using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Interruptions;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Core.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DarkSocialBot.Tests.Dialogs;

/// <summary>The state of the sample flow: typed, saved in the waterfall's frame between turns.</summary>
public sealed class TripChange
{
    public string? Name { get; set; }
    public decimal Bags { get; set; }
    public DateTime? When { get; set; }
    public string? Seat { get; set; }
}

/// <summary>A small airline flow with the interruptions a brand would register: how the brand's dialogs use the engine.</summary>
internal static class TripBot
{
    public static readonly DateTimeOffset Now = new(2025, 3, 14, 10, 0, 0, TimeSpan.Zero);

    public static readonly LocalizedText AskName = new() { ["en"] = "What's your name?", ["fr"] = "Quel est votre nom ?" };
    public static readonly LocalizedText AskBags = new() { ["en"] = "How many bags?", ["fr"] = "Combien de bagages ?" };
    public static readonly LocalizedText AskWhen = new() { ["en"] = "When do you fly?", ["fr"] = "Quand partez-vous ?" };
    public static readonly LocalizedText AskSeat = new() { ["en"] = "Which seat?", ["fr"] = "Quelle place ?" };

    public static readonly Choice[] Seats =
    [
        new("window", new LocalizedText { ["en"] = "Window", ["fr"] = "Hublot" }, ["fenêtre"]),
        new("aisle", new LocalizedText { ["en"] = "Aisle", ["fr"] = "Couloir" }),
        new("middle", new LocalizedText { ["en"] = "Middle", ["fr"] = "Milieu" }),
    ];

    public static WaterfallDialog<TripChange> Flow(string id = "trip", string version = "1") =>
        new WaterfallDialog<TripChange>(id, version)
            .Step((step, ct) => step.PromptAsync("text", AskName, ct))
            .Step((step, ct) =>
            {
                step.State.Name = step.ResultAs<string>();
                return step.PromptAsync("number", AskBags, ct);
            })
            .Step((step, ct) =>
            {
                step.State.Bags = step.ResultAs<decimal>();
                return step.PromptAsync("datetime", AskWhen, ct);
            })
            .Step((step, ct) =>
            {
                step.State.When = step.ResultAs<DateTimeResolution>().Value;
                return step.PromptAsync("choice", AskSeat, ct, Seats);
            })
            .Step((step, ct) =>
            {
                step.State.Seat = step.ResultAs<FoundChoice>().Value;
                var s = step.State;
                return step.PromptAsync("confirm", $"{s.Name}: {s.Bags} bag(s), {s.When:yyyy-MM-dd HH:mm}, {s.Seat}. OK?", ct);
            })
            .Step((step, ct) =>
            {
                step.Send(step.ResultAs<bool>() ? "Done!" : "Nothing changed.");
                return step.EndAsync(step.State, ct);
            });

    public static IntentRecognizer Intents() => new IntentRecognizer()
        .Add("help", "en", "help", "what can you do").Add("help", "fr", "aide", "au secours")
        .Add("cancel", "en", "cancel", "stop that", "start over").Add("cancel", "fr", "annuler", "recommencer")
        .Add("agent", "en", "agent", "talk to a human", "real person").Add("agent", "fr", "conseiller", "parler à un humain")
        .Add("french", "*", "en français", "français", "french");

    public static DialogManager Manager(Dialog? root = null, IntentRecognizer? intents = null)
    {
        var handoff = new WaterfallDialog<TripChange>("handoff")
            .Step((step, ct) =>
            {
                step.Send(new LocalizedText { ["en"] = "Connecting you to an agent.", ["fr"] = "Je vous mets en relation avec un conseiller." });
                return step.EndAsync(null, ct);
            });
        var manager = new DialogManager(root ?? Flow(), handoff) { Intents = intents ?? Intents() };
        manager.Dialogs.AddDefaultPrompts();
        manager.Interruptions.Add(new IntentInterruption("help", (dc, ct) =>
        {
            dc.Send(new LocalizedText { ["en"] = "I can change your trip.", ["fr"] = "Je peux modifier votre voyage." });
            return Task.FromResult(InterruptionResult.Resume);
        }));
        manager.Interruptions.Add(new IntentInterruption("cancel", (dc, ct) =>
        {
            dc.Send(new LocalizedText { ["en"] = "OK, cancelled.", ["fr"] = "D'accord, c'est annulé." });
            return Task.FromResult(InterruptionResult.CancelAll);
        }));
        manager.Interruptions.Add(new IntentInterruption("agent", (dc, ct) => Task.FromResult(InterruptionResult.Replace("handoff"))));
        manager.Interruptions.Add(new IntentInterruption("french", (dc, ct) =>
        {
            dc.SwitchLocale("fr-FR");
            return Task.FromResult(InterruptionResult.Resume);
        }));
        return manager;
    }

    public static TestClient Client(DialogManager? manager = null, string locale = "en-US", Core.State.IConversationStore? store = null) =>
        new(new DialogBot(manager ?? Manager()), time: new FakeTimeProvider(Now), locale: locale, store: store);
}
