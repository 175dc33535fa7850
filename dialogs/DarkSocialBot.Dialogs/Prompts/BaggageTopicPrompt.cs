using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Dialogs.Intents;

namespace DarkSocialBot.Dialogs.Prompts;

/// <summary>
/// "What's your baggage question?": one of its options (allowance or a lost bag, by title or number), or the question itself
/// in the customer's words ("how many bags can I take?", "can I bring a power bank?", « ma valise est perdue »), which is the
/// answer too: its words go with it, for the baggage flow to answer. Its value is the request and, for words, their text.
/// </summary>
internal sealed class BaggageTopicPrompt(string id) : Prompt<BaggageTopicPrompt.Topic>(id)
{
    private const double MinChoiceScore = 0.6;

    protected override PromptRecognition<Topic> Recognize(DialogContext dc, PromptOptions options)
    {
        var text = dc.Activity.Text;
        var request = BrandIntents.RequestOf(dc.Intents, BrandIntents.MinScore);
        if (request is BrandIntents.Baggage or BrandIntents.LostBag && text is not null
            && ChoiceRecognizer.Recognize(text, options.Choices ?? [], dc.Locale) is not { Score: >= 0.999 })
            return PromptRecognition<Topic>.Success(new Topic(request, text));
        return ChoiceRecognizer.Recognize(text, options.Choices ?? [], dc.Locale) is { Score: >= MinChoiceScore } found
            ? PromptRecognition<Topic>.Success(new Topic(found.Value, null))
            : PromptRecognition<Topic>.Failure();
    }

    /// <summary>The topic: <see cref="BrandIntents.Baggage"/> or <see cref="BrandIntents.LostBag"/>, with the customer's words when they asked in them.</summary>
    public sealed record Topic(string Intent, string? Words);
}
