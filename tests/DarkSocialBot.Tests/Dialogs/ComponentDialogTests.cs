using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;

namespace DarkSocialBot.Tests.Dialogs;

public sealed class ComponentDialogTests
{
    /// <summary>How a brand packages a flow with its own prompts.</summary>
    private sealed class ContactDialog : ComponentDialog
    {
        public ContactDialog(string version = "1") : base("contact", version)
        {
            Add(new WaterfallDialog<Contact>("contact.steps")
                .Step((step, ct) => step.PromptAsync("contact.phone", "Your phone number?", ct))
                .Step((step, ct) =>
                {
                    step.State.Phone = step.ResultAs<Core.Recognizers.RecognizedPhoneNumber>().E164;
                    return step.PromptAsync("contact.email", "Your e-mail?", ct);
                })
                .Step((step, ct) =>
                {
                    step.State.Email = step.ResultAs<string>();
                    return step.EndAsync(step.State, ct);
                }));
            Add(new PhoneNumberPrompt("contact.phone"));
            Add(new EmailPrompt("contact.email"));
        }
    }

    public sealed class Contact
    {
        public string? Phone { get; set; }
        public string? Email { get; set; }
    }

    private static WaterfallDialog<NoState> Root() => new WaterfallDialog<NoState>("root")
        .Step((step, ct) => step.BeginAsync("contact", null, ct))
        .Step((step, ct) =>
        {
            var contact = step.ResultAs<Contact>();
            step.Send($"We'll reach you at {contact.Phone} or {contact.Email}.");
            return step.EndAsync(null, ct);
        });

    [Fact]
    public async Task Component_runs_its_inner_dialogs_across_turns_and_returns_its_result()
    {
        var client = TripBot.Client(TripBot.Manager(Root()).With(new ContactDialog()), locale: "fr-FR");

        await client.TranscriptAsync("""
            user: salut
            bot: Your phone number?
            user: 06 12 34 56 78
            bot: Your e-mail?
            user: aide
            bot: Je peux modifier votre voyage.
            bot: Your e-mail?
            user: ana@exemple.fr
            bot: We'll reach you at +33612345678 or ana@exemple.fr.
            """);
    }

    [Fact]
    public async Task Component_whose_inner_stack_is_outdated_restarts_politely()
    {
        var store = new Core.State.InMemoryConversationStore();
        var old = TripBot.Client(TripBot.Manager(Root()).With(new ContactDialog()), store: store);
        await old.SendAsync("hi");
        var upgraded = TripBot.Client(TripBot.Manager(Root()).With(new ContactDialog(version: "2")), store: store);

        await upgraded.TranscriptAsync("""
            user: +33 6 12 34 56 78
            bot~ restart our conversation
            bot: Your phone number?
            """);
    }
}

internal static class DialogManagerTestExtensions
{
    public static DialogManager With(this DialogManager manager, Dialog dialog)
    {
        manager.Dialogs.Add(dialog);
        return manager;
    }
}
