using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Dialogs.Prompts;

/// <summary>A flight number ("NM 1234 tomorrow" also gives the date) or a booking reference.</summary>
internal sealed class FlightQueryPrompt(string id) : Prompt<FlightQuery>(id)
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
}
