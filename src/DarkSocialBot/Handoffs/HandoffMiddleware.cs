using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Core.State;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Dialogs.Flows;
using DarkSocialBot.Dialogs.Intents;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Handoffs;

/// <summary>
/// While a conversation is with a human, the bot keeps quiet: the customer's messages stay in the inbox (agents read them in
/// the transcript) and the turn ends here, changing nothing and sending nothing. One exception: the customer may take the
/// conversation back ("back to the bot", "retour au bot"), which closes the handoff and the bot says it is back; and, while no
/// colleague has answered yet, change their mind ("never mind", « laisse tomber »), which withdraws the request the same way.
/// Only conversations whose state says they were handed off cost a lookup in the handoff table.
/// Other activities (conversation updates, invokes) pass.
/// </summary>
internal sealed class HandoffMiddleware(HandoffDesk desk, BrandTexts texts) : Core.Turns.IMiddleware
{
    private const double BackToBotScore = 0.9;

    /// <summary>Who closed a handoff the customer ended with "back to the bot" (shown to agents and in the admin API).</summary>
    public const string ClosedByCustomer = "customer";

    /// <summary>A request for a colleague the customer withdrew ("never mind") before any agent wrote: no conversation took place.</summary>
    public const string ClosedByWithdrawn = "withdrawn";

    // Changing one's mind: a cancel where a colleague is awaited, but elsewhere the start of an answer ("en fait non, couloir"
    // at the list of window seats), so they are not words of the cancel intent.
    private static readonly string[] ChangedMind =
    [
        "finalement non", "non finalement", "non en fait", "en fait non", "j ai changé d avis", "changé d avis", "changed my mind",
        "actually no", "no actually", "nevermind",
    ];
    private const int MaxBackToBotWords = 6;
    private readonly IntentRecognizer _intents = BrandIntents.Create();

    public async Task OnTurnAsync(TurnContext context, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        if (!context.Activity.IsType(ActivityTypes.Message))
        {
            await next(cancellationToken);
            return;
        }
        // Only a conversation the dialogs handed off is looked up (the table has the last word: an agent may have closed it).
        var customer = context.ConversationState.Get(CustomerContext.Property);
        if (customer.HandoffId is null
            || await desk.FindOpenAsync(StateKeys.For(context.Activity).Conversation, cancellationToken) is not { } handoff)
        {
            customer.HandoffId = null;
            await next(cancellationToken);
            return;
        }
        var said = Said(context.Activity.Text, handoff.Locale);
        var reply = said == BrandIntents.BackToBot ? texts.Handoff.BackToBot
            // "never mind" before anyone answered: the request is withdrawn (no colleague is left waiting to pick it up). Once a
            // colleague has written, "never mind" is said to them, and they answer it and close.
            : said == BrandIntents.Cancel && !await desk.AgentAnsweredAsync(handoff, cancellationToken) ? texts.Handoff.Withdrawn
            : null;
        if (reply is null) return;
        await desk.CloseAsync(handoff.Id, said == BrandIntents.BackToBot ? ClosedByCustomer : ClosedByWithdrawn, cancellationToken);
        customer.HandoffId = null;
        context.Send(reply.Get(handoff.Locale));
    }

    /// <summary>"back to the bot", or "never mind" (« laisse tomber », « finalement non »): a few words that say only that.</summary>
    private string? Said(string? text, string locale)
    {
        if (text is null || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxBackToBotWords) return null;
        if (_intents.Recognize(text, locale) is { Intent: BrandIntents.BackToBot or BrandIntents.Cancel } match && match.Score >= BackToBotScore)
            return match.Intent;
        var words = $" {string.Join(' ', CustomerWords.Of(text))} ";
        return ChangedMind.Any(phrase => words.Contains($" {phrase} ", StringComparison.Ordinal)) ? BrandIntents.Cancel : null;
    }
}
