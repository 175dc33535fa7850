using DarkSocialBot.Core.Attribution;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Core.Sentiment;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Attribution;

/// <summary>
/// "How did you hear about us?", asked well: once per customer (user state), never when the conversation is with an agent or
/// the customer sounded very unhappy, skippable, options shuffled per customer with "Other" as free text, and free text
/// accepted at any point. An ambiguous answer gets one follow-up (<see cref="FollowUp"/>); a private share (class dark) gets a
/// light question about what was said, whose sentiment is recorded on the share. Everything goes to <see cref="IAttributionRecorder"/>.
/// Begin it with id <see cref="DialogId"/> after the customer's request is resolved; it ends at once when it should not ask.
/// A reply that names no source but is clearly one of the brand's requests ("I want to check in for tomorrow") is no answer:
/// the question ends as skipped, with that <see cref="IntentMatch"/> as the result, for the caller to serve.
/// </summary>
public sealed class HowDidYouHearDialog : ComponentDialog
{
    public const string DialogId = "hdyhau";
    /// <summary>Where the customer answers in their own words (the answer, "Other", the follow-up, what was said about a share).</summary>
    public const string TextPromptId = "hdyhau.text";
    private const string Steps = "hdyhau.steps";
    private readonly IAttributionRecorder _recorder;
    private readonly HdyhauTexts _texts;
    private readonly Func<DialogContext, bool> _isHandedOff;
    private readonly Func<DialogContext, IntentMatch?> _requestOf;

    /// <summary>
    /// The result when the customer said goodbye instead of answering ("thanks, bye", « merci, c'est tout »): the caller says
    /// goodbye too, rather than asking whether there is anything else.
    /// </summary>
    public const string CustomerLeft = "hdyhau.left";

    /// <summary>How clearly a reply must be one of the brand's requests to end the question (the recognizer's score).</summary>
    public const double RequestScore = 0.9;

    /// <param name="recorder">Where answers go (the host stores them).</param>
    /// <param name="texts">The <c>hdyhau</c> section of the brand's texts (<c>Texts/{language}.json</c>); loaded when null.</param>
    /// <param name="isHandedOff">Whether the conversation is with a human agent (the brand's handoff state): then nothing is asked.</param>
    /// <param name="requestOf">The brand's request a reply clearly is, if any (none when null): for example one recognized with
    /// at least <see cref="RequestScore"/>.</param>
    public HowDidYouHearDialog(IAttributionRecorder recorder, HdyhauTexts? texts = null, Func<DialogContext, bool>? isHandedOff = null,
        Func<DialogContext, IntentMatch?>? requestOf = null)
        : base(DialogId)
    {
        _recorder = recorder;
        _texts = texts ?? BrandTexts.Load().Hdyhau;
        _isHandedOff = isHandedOff ?? (_ => false);
        _requestOf = requestOf ?? (_ => null);
        Add(new WaterfallDialog<HowDidYouHearState>(Steps) { HandlesGaveUp = true }
            .Step(AskAsync).Step(ReadOptionAsync).Step(ReadAnswerAsync).Step(ReadFollowUpAsync).Step(ReadShareAsync));
        Add(new TextPrompt(TextPromptId));
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStep<HowDidYouHearState> step, CancellationToken cancellationToken)
    {
        if (step.State.ThankedBack) return await step.PromptAsync(TextPromptId, Question(_texts.YoureWelcome, step.State), cancellationToken);
        var turn = step.Context.Turn;
        var profile = turn.UserState.Get(AttributionProfile.Property);
        if (profile.AskedAt is not null || turn.ConversationState.Get(ConversationMood.Property).AgentOffered || _isHandedOff(step.Context))
            return await step.EndAsync(null, cancellationToken);

        profile.AskedAt = step.State.AskedAt = turn.Time.GetUtcNow();
        step.State.Order = HowDidYouHearChoices.ShuffledValues(turn.Activity.From?.Id ?? "");
        await _recorder.RecordAskedAsync(AttributionSubject.Of(turn), cancellationToken);
        return await step.PromptAsync(TextPromptId, Question(_texts.Question, step.State), cancellationToken);
    }

    private PromptOptions Question(LocalizedText prompt, HowDidYouHearState state) => new()
    {
        Prompt = prompt,
        RetryPrompt = _texts.Retry,
        Choices = HowDidYouHearChoices.Options(_texts, state.Order),
        MaxAttempts = 2,
    };

    /// <summary>An option, "Other" (ask for their words), or their own words straight away.</summary>
    private async Task<DialogTurnResult> ReadOptionAsync(WaterfallStep<HowDidYouHearState> step, CancellationToken cancellationToken)
    {
        // The question comes right after the answer to a request, so "thanks" is most often for that answer.
        if (!step.State.ThankedBack && step.Result is string said && HowDidYouHearChoices.IsThanksOnly(said))
            return await step.ReplaceAsync(Steps, new HowDidYouHearState { Order = step.State.Order, AskedAt = step.State.AskedAt, ThankedBack = true },
                cancellationToken);
        if (await SkippedAsync(step, cancellationToken) is { } skipped) return skipped;
        var text = step.ResultAs<string>();
        var picked = HowDidYouHearChoices.Pick(text, HowDidYouHearChoices.Options(_texts, step.State.Order), step.Locale);
        return picked == HowDidYouHearChoices.Other
            ? await step.PromptAsync(TextPromptId, new PromptOptions { Prompt = _texts.Other, MaxAttempts = 2 }, cancellationToken)
            : await step.NextAsync(picked ?? text, cancellationToken);
    }

    /// <summary>Classifies the answer; an ambiguous one gets its single follow-up.</summary>
    private async Task<DialogTurnResult> ReadAnswerAsync(WaterfallStep<HowDidYouHearState> step, CancellationToken cancellationToken)
    {
        if (await SkippedAsync(step, cancellationToken) is { } skipped) return skipped;
        var answer = step.State.Answer = step.ResultAs<string>();
        var result = AttributionClassifier.Default.Classify(answer, step.Locale);
        if (result.Class == SourceClass.Unclassified && _requestOf(step.Context) is { } request)
        {
            await _recorder.RecordSkippedAsync(AttributionSubject.Of(step.Context.Turn), cancellationToken);
            return await step.EndAsync(request, cancellationToken);
        }
        // "the 7:00 one", "NM 1235?": still about their trip, not how they heard of us. Asking "tell me a bit more" about it
        // would puzzle them; the question is dropped (skipped) and the caller asks what else they need.
        if (result.Class == SourceClass.Unclassified && HowDidYouHearChoices.IsAboutTheTrip(answer))
        {
            await _recorder.RecordSkippedAsync(AttributionSubject.Of(step.Context.Turn), cancellationToken);
            step.Send(_texts.AboutTheTrip);
            return await step.EndAsync(null, cancellationToken);
        }
        if (!result.IsAmbiguous) return await step.NextAsync(null, cancellationToken);

        step.State.FollowUp = result.FollowUp;
        step.State.Platform = result.ShareChannel;
        var (question, choices) = HowDidYouHearChoices.FollowUpFor(_texts, result.FollowUp, result.ShareChannel);
        return await step.PromptAsync(TextPromptId, new PromptOptions { Prompt = question, Choices = choices, MaxAttempts = 1 }, cancellationToken);
    }

    /// <summary>Records the answer (with the follow-up's answer, when there was one); a private share gets the light question.</summary>
    private async Task<DialogTurnResult> ReadFollowUpAsync(WaterfallStep<HowDidYouHearState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        var reply = step.Result as string is { } text && !HowDidYouHearChoices.IsSkip(text) ? text : null;
        // A request at the follow-up ("and what time is boarding?" after "Could you tell me a bit more?") is served: the answer
        // stands alone, or the question counts as skipped when that answer said nothing the classifier knows.
        if (reply is not null && AttributionClassifier.Default.Classify(reply, step.Locale).Class == SourceClass.Unclassified
            && _requestOf(step.Context) is { } request)
        {
            if (AttributionClassifier.Default.Classify(state.Answer ?? "", step.Locale).Class == SourceClass.Unclassified)
                await _recorder.RecordSkippedAsync(AttributionSubject.Of(step.Context.Turn), cancellationToken);
            else await RecordAsync(step, null, cancellationToken);
            return await step.EndAsync(request, cancellationToken);
        }
        var result = await RecordAsync(step, reply, cancellationToken);
        if (result.Class == SourceClass.Dark)
            return await step.PromptAsync(TextPromptId, new PromptOptions { Prompt = _texts.ShareFeeling, MaxAttempts = 1 }, cancellationToken);
        step.Send(_texts.Thanks);
        return await step.EndAsync(Left(step.Result), cancellationToken);
    }

    private async Task<AttributionResult> RecordAsync(WaterfallStep<HowDidYouHearState> step, string? reply, CancellationToken cancellationToken)
    {
        var state = step.State;
        var (classified, result) = Classify(state, reply, step.Locale);
        var turn = step.Context.Turn;
        var profile = turn.UserState.Get(AttributionProfile.Property);
        profile.AnsweredAt = turn.Time.GetUtcNow();
        await _recorder.RecordAnswerAsync(AttributionSubject.Of(turn),
            new AttributionAnswer(classified, result, state.FollowUp, state.AskedAt, profile.FirstTrackedEntry), cancellationToken);
        return result;
    }

    /// <summary><see cref="CustomerLeft"/> when the reply says goodbye, else no result.</summary>
    private static string? Left(object? reply) => reply is string text && HowDidYouHearChoices.IsFarewell(text) ? CustomerLeft : null;

    private async Task<DialogTurnResult> ReadShareAsync(WaterfallStep<HowDidYouHearState> step, CancellationToken cancellationToken)
    {
        if (step.Result is not string text || HowDidYouHearChoices.IsSkip(text))
        {
            step.Send(_texts.Thanks);
            return await step.EndAsync(Left(step.Result), cancellationToken);
        }
        var language = LanguageGuess.Detect(text) is { Language: { } guessed, Confidence: >= 0.3 } ? guessed : step.Locale;
        var sentiment = SentimentAnalyzer.Default.Analyze(text, language);
        // A question or request instead (« est-ce que je peux prendre ma poussette ? ») is served, not kept as what was said. What
        // was said can name a request ("she said your check-in was so easy"): only a question, or words with no feeling, are one.
        if (_requestOf(step.Context) is { } request && (text.Contains('?') || sentiment.Label == SentimentLabel.Neutral))
            return await step.EndAsync(request, cancellationToken);
        var mention = new ShareMention(text, sentiment);
        await _recorder.RecordShareMentionAsync(AttributionSubject.Of(step.Context.Turn), mention, cancellationToken);
        step.Send(_texts.ThanksShare);
        return await step.EndAsync(null, cancellationToken);
    }

    /// <summary>
    /// The text to classify and its result: a picked follow-up option is a whole phrase ("a private message on instagram"); the
    /// customer's own follow-up words are read after the answer ("podcast. The Daily"). A podcast or creator named in lower case
    /// becomes the detail. When the follow-up adds nothing the classifier knows, the answer alone stands.
    /// </summary>
    private (string Text, AttributionResult Result) Classify(HowDidYouHearState state, string? reply, string locale)
    {
        var answer = state.Answer ?? "";
        if (reply is null) return (answer, AttributionClassifier.Default.Classify(answer, locale));
        var (_, choices) = HowDidYouHearChoices.FollowUpFor(_texts, state.FollowUp, state.Platform);
        var text = HowDidYouHearChoices.Pick(reply, choices, locale) ?? $"{answer}. {reply.Trim()}";
        var result = AttributionClassifier.Default.Classify(text, locale);
        if (result.Class == SourceClass.Unclassified)
        {
            var alone = AttributionClassifier.Default.Classify(answer, locale);
            if (alone.Class != SourceClass.Unclassified) result = alone;
        }
        if (result.Detail is null && state.FollowUp is FollowUp.WhichPodcast or FollowUp.WhichCreator
            && reply.Trim() is { Length: > 1 and <= 80 } named && result.Source is SourceCodes.Podcast or SourceCodes.Influencer)
            result = result with { Detail = named };
        return (text, result);
    }

    /// <summary>
    /// "skip", or a mere acknowledgement ("ok cool", « d'accord »), or a prompt that gave up on emoji-only answers, ends the
    /// question politely, recorded as skipped; a goodbye in it ends with <see cref="CustomerLeft"/>.
    /// </summary>
    private async Task<DialogTurnResult?> SkippedAsync(WaterfallStep<HowDidYouHearState> step, CancellationToken cancellationToken)
    {
        if (!step.GaveUp && !(step.Result is string text && (HowDidYouHearChoices.IsSkip(text) || HowDidYouHearChoices.IsAcknowledgement(text))))
            return null;
        await _recorder.RecordSkippedAsync(AttributionSubject.Of(step.Context.Turn), cancellationToken);
        if (!step.GaveUp) step.Send(_texts.Skipped);
        return await step.EndAsync(Left(step.Result), cancellationToken);
    }
}
