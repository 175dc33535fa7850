using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Attribution;
using DarkSocialBot.Dialogs.Intents;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// The main menu: an option (by title, number or ordinal, as any choice), or a request in the customer's own words
/// ("actually, where's my bag?"), or "no" when the menu offers to finish, or the places of a flight ("Lyon to London today"),
/// which ask for its status, or a question no flow answers (<see cref="OpenQuestion"/>). Its value is an intent name. A photo
/// or document sent at the menu is kept for a bag report that may follow (<paramref name="evidenceKept"/> says so; alone, the
/// menu is offered again).
/// </summary>
internal sealed class MenuPrompt(string id, IAirlineBackend airline, LocalizedText evidenceKept, LocalizedText yesToMore) : Prompt<string>(id)
{
    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        await Evidence.AcknowledgeAsync(dc, evidenceKept, () => RepromptAsync(dc, cancellationToken))
            ? DialogTurnResult.Waiting
            : await base.ContinueAsync(dc, cancellationToken);

    private const double MinChoiceScore = 0.6;

    protected override PromptRecognition<string> Recognize(DialogContext dc, PromptOptions options)
    {
        var choices = options.Choices ?? [];
        var request = BrandIntents.RequestMatchOf(dc.Intents, BrandIntents.MinScore) is { } intent
            && (BrandIntents.Flows.Contains(intent.Intent) || intent.Intent == BrandIntents.Thanks) ? intent : null;
        // A loose partial match ("in" of "Check in") is no choice: the customer's words are read as a request instead. So is
        // a partial match that is a more general option than their words: « bagage perdu » is a lost bag, not "Bagages"; and
        // "No, that's all" found in the thanks after a request ("how many bags can I bring? thanks a lot").
        if (ChoiceRecognizer.Recognize(dc.Activity.Text, choices, dc.Locale) is { Score: >= MinChoiceScore } found
            && !(request is not null && request.Intent != found.Value
                && (request.Score >= found.Score || found.Value == BrandIntents.Thanks && request.Intent != BrandIntents.Thanks)))
            return PromptRecognition<string>.Success(found.Value);
        if (request is not null) return PromptRecognition<string>.Success(request.Intent);
        var offersDone = choices.Any(c => c.Value == BrandIntents.Thanks);
        // A bare "ok" / « d'accord » at "Anything else?" acknowledges the answer: the customer is done, not asking for more.
        if (offersDone && HowDidYouHearChoices.IsAcknowledgement(dc.Activity.Text ?? "")) return PromptRecognition<string>.Success(BrandIntents.Thanks);
        // "Anything else?" answered "yes": asked what, kindly, rather than "Please pick one of these".
        return (offersDone ? ConfirmRecognizer.Recognize(dc.Activity.Text) : null) switch
        {
            false => PromptRecognition<string>.Success(BrandIntents.Thanks),
            true => PromptRecognition<string>.Failure(yesToMore),
            _ => PromptRecognition<string>.Failure(),
        };
    }

    protected override async Task<PromptRecognition<string>> RecognizeAsync(DialogContext dc, PromptOptions options,
        CancellationToken cancellationToken)
    {
        var recognized = Recognize(dc, options);
        if (recognized.Succeeded) return recognized;
        // "can I pay by card on board?" is no option, but a question: said honestly, and a colleague offered.
        return await UnnamedRequestAsync(dc, airline, cancellationToken) is { } intent
            ? PromptRecognition<string>.Success(intent)
            : recognized;
    }

    /// <summary>Below the threshold, but enough with one place to read a flight: "Is the 7am flight to London still going ahead?"</summary>
    private const double FlightGuessScore = 0.45;

    /// <summary>
    /// What a message naming no request asks, if anything: the places of a flight ("Lyon to London today"; with a flight
    /// guessed, below the threshold, where it goes or leaves from is enough: "the flight from Lyon today?") its status, a
    /// question no flow answers (<see cref="OpenQuestion"/>) a colleague; else null. The menu and the main dialog's first
    /// message read it alike.
    /// </summary>
    public static async Task<string?> UnnamedRequestAsync(DialogContext dc, IAirlineBackend airline, CancellationToken cancellationToken)
    {
        var text = dc.Activity.Text;
        var flightGuessed = dc.Intents.Any(m => m is { Intent: BrandIntents.FlightStatus, Score: >= FlightGuessScore });
        return FlightRoute.In(text, await airline.GetAirportsAsync(cancellationToken), onePlace: flightGuessed) is not null ? BrandIntents.FlightStatus
            : OpenQuestion.In(text) ? BrandIntents.Question
            : null;
    }
}
