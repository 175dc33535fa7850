using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
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
