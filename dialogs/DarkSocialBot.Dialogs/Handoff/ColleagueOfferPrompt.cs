using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Flows;

namespace DarkSocialBot.Dialogs.Handoff;

/// <summary>
/// "Shall I connect you with a colleague?": yes or no as any such question, and also the details a colleague needs given
/// straight away, which is a yes: a booking reference or a flight number, with a last name or not ("ABC123 Dupont",
/// « c'est pour le vol NM 1234 »). A question beside them ("is NM 1235 on time?") is not an answer: it is read as a request.
/// It takes the place of the engine's confirm prompt inside the handoff dialog (same id, so a stored question carries on).
/// </summary>
internal sealed class ColleagueOfferPrompt() : Prompt<bool>(ConfirmPrompt.DefaultId)
{
    // Words that say what the reference is, around it: "my booking is ABC123", « mon numéro de vol c'est NM 1234 ».
    private static readonly HashSet<string> DetailWords = new(StringComparer.Ordinal)
    {
        "my", "booking", "reference", "ref", "is", "it", "its", "s", "flight", "number", "no", "name", "last", "the", "and", "for",
        "here", "mon", "ma", "vol", "réservation", "reservation", "référence", "numéro", "numero", "nom", "c", "est",
        "c'est", "le", "la", "de", "du", "pour", "et", "voici", "voilà", "voila",
    };

    protected override PromptRecognition<bool> Recognize(DialogContext dc, PromptOptions options) =>
        (ConfirmPrompt.Answer(dc, options) ?? (GivesDetails(dc.Activity.Text) ? true : null)) is { } value
            ? PromptRecognition<bool>.Success(value)
            : PromptRecognition<bool>.Failure();

    protected override PromptRecognition<bool> RecognizeReaction(DialogContext dc, PromptOptions options) =>
        ConfirmPrompt.ReactionAnswer(dc) is { } value ? PromptRecognition<bool>.Success(value) : PromptRecognition<bool>.Failure();

    protected override Activity Render(DialogContext dc, string text, PromptOptions options) =>
        MessageFactory.Choices(text, ConfirmPrompt.YesNo(dc, options), dc.Locale);

    /// <summary>
    /// Whether the message is a booking reference or a flight number and nothing else but words naming it and a last name:
    /// no question mark, nothing more to read.
    /// </summary>
    public static bool GivesDetails(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Contains('?')) return false;
        if (AirlineEntities.BookingReference(text) is null && AirlineEntities.FlightNumber(text) is null) return false;
        var rest = AirlineEntities.WithoutFlightNumber(AirlineEntities.WithoutBookingReference(text));
        var words = CustomerWords.Of(rest).Where(w => !DetailWords.Contains(w)).ToArray();
        return words.Length == 0 || AirlineEntities.LastName(string.Join(' ', words)) is not null;
    }
}
