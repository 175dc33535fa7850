using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Flows;
using DarkSocialBot.Dialogs.Handoff;
using DarkSocialBot.Dialogs.Intents;
using DarkSocialBot.Dialogs.Interruptions;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs;

/// <summary>
/// The brand's bot: a customer-service assistant for a demo airline, in English and French. Messages go through the dialog
/// manager (intents, interruptions, flows); the conversation gets one welcome; the channel's endOfConversation drops what was under way; the Bot Framework <c>healthCheck</c> invoke is
/// answered. <paramref name="extraDialogs"/> are registered too (e.g. the "how did you hear about us?" dialog, id
/// <see cref="MainDialog.FollowUpDialogId"/>).
/// </summary>
internal sealed class AirlineBot : IBot
{
    private readonly DialogManager _manager;
    private readonly BrandTexts _texts;

    public AirlineBot(IAirlineBackend airline, IHandoffDesk desk, BrandTexts texts, IEnumerable<Dialog> extraDialogs)
    {
        _texts = texts;
        var engine = texts.Engine;
        var intents = BrandIntents.Create();
        _manager = new DialogManager(new MainDialog(airline, desk, texts, intents),
            new BookingLookupDialog(airline, texts, intents), new BookingDialog(texts), new FlightStatusDialog(airline, texts),
            new SeatChangeDialog(airline, texts), new CheckInDialog(airline, texts), new BaggageDialog(airline, texts), new TravelInfoDialog(airline, texts),
            new LostBagDialog(airline, texts), new HandoffDialog(desk, texts), new AgentOfferDialog(texts))
        {
            Intents = intents,
            AgentDialogId = AgentOfferDialog.DialogId,
            Messages = new DialogMessages
            {
                ConversationReset = engine.ConversationReset, NotUnderstood = engine.NotUnderstood, NotText = engine.NotText, NotVoice = engine.NotVoice, NotReceived = engine.NotReceived,
                AgentOffer = engine.AgentOffer, AgentChoice = engine.AgentChoice, Yes = engine.Yes, No = engine.No,
            },
        };
        _manager.Dialogs.AddDefaultPrompts();
        foreach (var dialog in extraDialogs) _manager.Dialogs.Add(dialog);
        _manager.Interruptions.Add(new BrandInterruptions(texts));
    }

    public async Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        switch (activity.Type)
        {
            // A reaction reaches the dialogs too: a 👍 to a yes/no question answers it (the host passes only reactions to its latest message);
            // and an edit: the question waiting reads the correction of the answer it could not use, and ignores other edits.
            case ActivityTypes.Message or ActivityTypes.EndOfConversation or ActivityTypes.MessageReaction or ActivityTypes.MessageUpdate:
                await _manager.OnTurnAsync(context, cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate:
                // A person joining is welcomed, the bot's own membership (the recipient) is not.
                if (activity.MembersAdded?.Any(member => member.Id != activity.Recipient?.Id) == true) Welcome(context);
                break;
            case ActivityTypes.Invoke when activity.Name == "healthCheck":
                context.InvokeResponse = new InvokeResponse(200, JsonSerializer.SerializeToElement(
                    new { healthResults = new { success = true, messages = new[] { "Success" } } }));
                break;
        }
    }

    /// <summary>The greeting with the main requests as options; their values are phrases the intents recognize in that language.</summary>
    private void Welcome(TurnContext context)
    {
        // Once per conversation, and never over a request under way: a channel that adds the customer again (a reconnect)
        // or only after their first message does not greet them in the middle of it.
        var customer = context.ConversationState.Get(CustomerContext.Property);
        var stack = context.ConversationState.Get(DialogManager.StackProperty);
        if (customer.Welcomed || stack.Frames.Count > 0) return;
        customer.Welcomed = true;
        var locale = stack.Locale is { Length: > 0 } chosen ? chosen : context.Locale;
        var menu = _texts.Menu;
        var options = new[] { menu.FlightStatus, menu.CheckIn, menu.Seat, menu.Baggage, menu.Booking, menu.Agent }.Select(t => t.Get(locale));
        var welcome = MessageFactory.Choices(_texts.Welcome.Hello.Get(locale), options.Select(o => new Core.Recognizers.Choice(o)), locale);
        context.Send(welcome);
    }
}
