using DarkSocialBot.Core.Dialogs;

namespace DarkSocialBot.Dialogs.Flows;

internal static class DialogContextExtensions
{
    /// <summary>What the bot remembers about the customer in this conversation (saved with the turn).</summary>
    public static CustomerContext Customer(this DialogContext dc) => dc.Turn.ConversationState.Get(CustomerContext.Property);
}
