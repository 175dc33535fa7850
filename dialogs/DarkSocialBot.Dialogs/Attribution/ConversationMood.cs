using DarkSocialBot.Core.State;

namespace DarkSocialBot.Dialogs.Attribution;

/// <summary>
/// Conversation state kept by the host's sentiment middleware: whether the customer sounded very unhappy (and so was offered a
/// human, by that middleware or by the bot itself). The attribution question is never asked in such a conversation.
/// </summary>
public sealed class ConversationMood
{
    public static readonly StateProperty<ConversationMood> Property = new("mood", () => new ConversationMood());

    public bool AgentOffered { get; set; }

    /// <summary>The bot's own dialogs offered a colleague because the customer sounded unhappy (the middleware then adds no offer).</summary>
    public bool OfferedByBot { get; set; }

    /// <summary>The lowest compound score of the customer's messages in this conversation.</summary>
    public double? Lowest { get; set; }
}
