using DarkSocialBot.Attribution;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Core.Sentiment;
using DarkSocialBot.Core.Turns;
using IMiddleware = DarkSocialBot.Core.Turns.IMiddleware;
using DarkSocialBot.Dialogs.Attribution;
using DarkSocialBot.Dialogs.Texts;
using DarkSocialBot.Storage;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Sentiment;

/// <summary>
/// Scores every customer message (VADER-style, English or French) and stores its compound score and label for reporting
/// (numbers only, the customer as a pseudonym). A strongly negative message gets, once per conversation, a polite offer of a
/// human with a "Talk to an agent" option whose value is <c>agent</c>; the conversation is then never asked the attribution
/// question.
/// </summary>
internal sealed class SentimentMiddleware(StorageWriter writer, CustomerKeys keys, BrandTexts texts, IOptions<SentimentOptions> options)
    : IMiddleware
{
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
            await writer.ExecuteAsync(new SqlWrite(Insert, ("@k", keys.Customer(activity.ChannelId, activity.From?.Id)), ("@ch", activity.ChannelId),
                ("@a", activity.Id), ("@l", score.Language), ("@c", Math.Round(score.Compound, 4)),
                ("@lb", score.Label.ToString().ToLowerInvariant()), ("@t", context.Time.GetUtcNow().UtcTicks)));

            var mood = context.ConversationState.Get(ConversationMood.Property);
            mood.Lowest = Math.Min(mood.Lowest ?? 0, Math.Round(score.Compound, 4));
            if (score.Compound <= options.Value.AgentOfferThreshold && !mood.AgentOffered)
            {
                mood.AgentOffered = true;
                var locale = language ?? context.Locale;
                context.Send(MessageFactory.Choices(texts.Sentiment.AgentOffer.Get(locale), [new Choice("agent", texts.Sentiment.AgentChoice)], locale));
            }
        }
        await next(cancellationToken);
    }
}
