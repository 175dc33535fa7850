using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Dialogs.Prompts;

/// <summary>
/// A flight number ("NM 1234 tomorrow" also gives the date), a booking reference, or else two places the airline flies
/// between ("Lyon to London today", « Lyon Londres ») or the one it flies to ("to London") or from ("from Lyon").
/// </summary>
internal sealed class FlightQueryPrompt(string id, IAirlineBackend airline) : Prompt<FlightQuery>(id)
{
    protected override PromptRecognition<FlightQuery> Recognize(DialogContext dc, PromptOptions options)
    {
        var text = dc.Activity.Text;
        // An offered flight ("NM 1234, 15 Mar", the one just checked): its value is the number and the ISO date.
        if (ChoiceRecognizer.Recognize(text, options.Choices ?? [], dc.Locale) is { Score: >= 0.999, Value: var picked } && picked.Split(' ') is [var flight, var day]
            && DateOnly.TryParseExact(day, "yyyy-MM-dd", out var date))
            return PromptRecognition<FlightQuery>.Success(new FlightQuery(flight, null, date));
        var number = AirlineEntities.FlightNumber(text);
        var reference = number is null ? AirlineEntities.BookingReference(text) : null;
        return number is null && reference is null
            ? PromptRecognition<FlightQuery>.Failure()
            : PromptRecognition<FlightQuery>.Success(new FlightQuery(number, reference, number is null ? null : DatePrompt.DateIn(dc, text)));
    }

    protected override async Task<PromptRecognition<FlightQuery>> RecognizeAsync(DialogContext dc, PromptOptions options,
        CancellationToken cancellationToken)
    {
        var recognized = Recognize(dc, options);
        if (recognized.Succeeded) return recognized;
        var text = dc.Activity.Text;
        return FlightRoute.In(text, await airline.GetAirportsAsync(cancellationToken), onePlace: true) is { } route
            ? PromptRecognition<FlightQuery>.Success(new FlightQuery(null, null, DatePrompt.DateIn(dc, text), route))
            : recognized;
    }
}
