using DarkSocialBot.Attribution;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Core.Sentiment;
using DarkSocialBot.Core.Turns;
using IMiddleware = DarkSocialBot.Core.Turns.IMiddleware;
using DarkSocialBot.Dialogs.Attribution;
using DarkSocialBot.Dialogs.Flows;
using DarkSocialBot.Dialogs.Texts;
using DarkSocialBot.Storage;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Sentiment;

/// <summary>
/// Scores every customer message (VADER-style, English or French) and stores its compound score and label for reporting
/// (numbers only, the customer as a pseudonym) as a record of the turn, saved in its transaction. A strongly negative
/// message gets, once per conversation, a polite offer of a human with a "Talk to an agent" option whose value is
/// <c>agent</c>, after the bot's own replies and only when those did not already offer a human or hand the conversation to
/// one; the conversation is then never asked the attribution question.
/// </summary>
internal sealed class SentimentMiddleware(CustomerKeys keys, BrandTexts texts, IOptions<SentimentOptions> options)
    : IMiddleware
{
    private const string AgentValue = "agent";

    private const string Insert =
        "INSERT INTO message_sentiments (customer_key, chat_channel, activity_id, language, compound, label, at) " +
        "VALUES (@k, @ch, @a, @l, @c, @lb, @t) ON CONFLICT (chat_channel, activity_id) DO NOTHING";

    public async Task OnTurnAsync(TurnContext context, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        if (activity.IsType(ActivityTypes.Message) && !string.IsNullOrWhiteSpace(activity.Text) && activity.Id is { Length: > 0 })
        {
            var language = string.IsNullOrWhiteSpace(activity.Locale) ? LanguageGuess.Detect(activity.Text).Language : Locales.Language(context.Locale);
            var score = SentimentAnalyzer.Default.Analyze(activity.Text, language);
            context.Record(new SqlWrite(Insert, ("@k", keys.Customer(activity.ChannelId, activity.From?.Id)), ("@ch", activity.ChannelId),
                ("@a", activity.Id), ("@l", score.Language), ("@c", Math.Round(score.Compound, 4)),
                ("@lb", score.Label.ToString().ToLowerInvariant()), ("@t", context.Time.GetUtcNow().UtcTicks)));

            var mood = context.ConversationState.Get(ConversationMood.Property);
            mood.Lowest = Math.Min(mood.Lowest ?? 0, Math.Round(score.Compound, 4));
            if (score.Compound <= options.Value.AgentOfferThreshold && !mood.AgentOffered)
            {
                // Set before the bot runs: the attribution question is not asked in this turn either.
                mood.AgentOffered = true;
                await next(cancellationToken);
                if (!OffersAHuman(context))
                {
                    var locale = language ?? context.Locale;
                    context.Send(MessageFactory.Choices(texts.Sentiment.AgentOffer.Get(locale), [new Choice(AgentValue, texts.Sentiment.AgentChoice)], locale));
                }
                return;
            }
        }
        await next(cancellationToken);
    }

    /// <summary>Whether the bot already offered a human (in this turn, or its dialogs because the customer sounded unhappy), or handed the conversation to one.</summary>
    private static bool OffersAHuman(TurnContext context) =>
        context.Responses.Any(r => r.SuggestedActions?.Actions.Any(a => a.Value == AgentValue) == true)
        || context.ConversationState.Get(CustomerContext.Property).HandoffId is not null
        || context.ConversationState.Get(ConversationMood.Property).OfferedByBot;
}
