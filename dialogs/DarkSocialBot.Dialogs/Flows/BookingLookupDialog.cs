using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Prompts;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// Opens a booking with its reference and the passenger's last name, and ends with the <see cref="Booking"/>. A booking
/// opened earlier in the conversation is offered first; a reference the customer already wrote is not asked again, nor a
/// last name written clearly in the same message (see <see cref="AirlineEntities.LastNameWithReference"/>), nor a word
/// beside the reference that is the booking's last name (<see cref="AirlineEntities.LastNameGuesses"/>). After
/// <see cref="MaxTries"/> wrong pairs it stops asking and ends with <see cref="PromptGaveUp"/>: the engine then offers a colleague.
/// After a wrong pair it asks for the reference again, and a last name alone (the one that was mistyped) goes with the same
/// reference.
/// Begin options: a reference found in the customer's message, or null.
/// </summary>
internal sealed class BookingLookupDialog : ComponentDialog
{
    public const string DialogId = "bookingLookup";
    public const int MaxTries = 3;
    private const string Steps = DialogId + ".steps";
    private readonly IAirlineBackend _airline;
    private readonly BrandTexts _texts;
    private readonly IntentRecognizer _intents;

    public BookingLookupDialog(IAirlineBackend airline, BrandTexts texts, IntentRecognizer intents) : base(DialogId)
    {
        _airline = airline;
        _texts = texts;
        _intents = intents;
        Add(new WaterfallDialog<LookupState>(Steps)
            .Step(OfferSavedAsync)
            .Step(AskReferenceAsync)
            .Step(AskLastNameAsync)
            .Step(FindAsync));
        Add(new BookingReferencePrompt(BrandPrompts.BookingReference));
        Add(new ReferenceOrNamePrompt(BrandPrompts.ReferenceOrName));
        Add(new LastNamePrompt(BrandPrompts.LastName, IsTheNameAsync));
    }

    private async Task<DialogTurnResult> OfferSavedAsync(WaterfallStep<LookupState> step, CancellationToken cancellationToken)
    {
        var customer = step.Context.Customer();
        var reference = step.Result as string ?? step.State.Reference;
        if (step.State.Tries == 0 && customer.Booking is { } saved && (reference is null || reference == saved.Reference))
        {
            if (await _airline.FindBookingAsync(saved, cancellationToken) is { } booking)
            {
                // The customer named the booking they opened before: no need to ask anything.
                if (reference is not null) return await step.EndAsync(booking, cancellationToken);
                var flight = booking.Flight;
                return await step.PromptAsync(ConfirmPrompt.DefaultId, _texts.Booking.UseSaved.Fill(("reference", booking.Reference),
                    ("origin", flight.OriginCity), ("destination", flight.DestinationCity), ("date", flight.ScheduledDeparture)), cancellationToken);
            }
            customer.Forget();
        }
        step.State.Reference = reference;
        return await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> AskReferenceAsync(WaterfallStep<LookupState> step, CancellationToken cancellationToken)
    {
        var customer = step.Context.Customer();
        if (step.Result is true && customer.Booking is { } saved && await _airline.FindBookingAsync(saved, cancellationToken) is { } booking)
            return await step.EndAsync(booking, cancellationToken);
        if (step.Result is false) customer.Forget();
        if (step.State.Reference is { } known) return await step.NextAsync(known, cancellationToken);
        if (step.State.Previous is not null)
            return await step.PromptAsync(BrandPrompts.ReferenceOrName,
                new PromptOptions { Prompt = _texts.Booking.AskAgain, RetryPrompt = _texts.Booking.ReferenceRetry }, cancellationToken);
        return await step.PromptAsync(BrandPrompts.BookingReference,
            new PromptOptions { Prompt = _texts.Booking.AskReference, RetryPrompt = _texts.Booking.ReferenceRetry }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskLastNameAsync(WaterfallStep<LookupState> step, CancellationToken cancellationToken)
    {
        if (step.Result is ReferenceOrName { LastName: { } corrected })
        {
            step.State.Reference = step.State.Previous;
            return await step.NextAsync(corrected, cancellationToken);
        }
        var reference = step.State.Reference = step.Result is ReferenceOrName again ? again.Reference! : step.ResultAs<string>();
        // The message that gave the reference (the one starting the lookup, or the answer to its prompt) may give the name:
        // said clearly, or a word beside the reference that is the name of that booking (« XYZ789 martin il est à l'heure ? »).
        var text = step.Context.Activity.Text;
        if (AirlineEntities.BookingReference(text) == reference)
        {
            if (AirlineEntities.LastNameWithReference(text, word => IsKnownWord(step.Context, word)) is { } name)
                return await step.NextAsync(name, cancellationToken);
            foreach (var guess in AirlineEntities.LastNameGuesses(text))
                if (await FindByNameAsync(new BookingKey(reference, guess), cancellationToken) is not null)
                    return await step.NextAsync(guess, cancellationToken);
        }
        return await step.PromptAsync(BrandPrompts.LastName,
            new PromptOptions { Prompt = _texts.Booking.AskLastName, RetryPrompt = _texts.Booking.LastNameRetry, Validations = reference },
            cancellationToken);
    }

    /// <summary>
    /// A name, or a word that is also an answer ("No", "Merci") when it is the last name on that booking: "no" said to the
    /// question is asked again, not tried as a wrong name.
    /// </summary>
    private async Task<bool> IsTheNameAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        AirlineEntities.LastName(prompt.Recognized.Value) is not null
        || (prompt.Options.Validations is { } reference
            && await _airline.FindBookingAsync(new BookingKey(reference, prompt.Recognized.Value!), cancellationToken) is not null);

    /// <summary>A word the bot reads as something else than a name: a request ("seat", "statut") or a day ("tomorrow", "lundi").</summary>
    private bool IsKnownWord(DialogContext dc, string word) =>
        _intents.RecognizeAll(word, dc.Locale).Count > 0 || DateTimeRecognition.Recognize(word, dc.Locale, dc.LocalNow).Count > 0;

    /// <summary>
    /// The booking for the name as typed, or else for part of it: a full name ("Marie Dupont", « Dupont Marie ») holds the
    /// last name, and customers often type it whole.
    /// </summary>
    private async Task<Booking?> FindByNameAsync(BookingKey key, CancellationToken cancellationToken)
    {
        var words = key.LastName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        IEnumerable<string> names = [key.LastName, .. Enumerable.Range(1, Math.Max(0, words.Length - 1))
            .SelectMany(i => new[] { string.Join(' ', words[i..]), string.Join(' ', words[..^i]) })];
        foreach (var name in names.Distinct())
            if (await _airline.FindBookingAsync(key with { LastName = name }, cancellationToken) is { } booking) return booking;
        return null;
    }

    private async Task<DialogTurnResult> FindAsync(WaterfallStep<LookupState> step, CancellationToken cancellationToken)
    {
        var key = new BookingKey(step.State.Reference!, step.ResultAs<string>());
        var customer = step.Context.Customer();
        if (await FindByNameAsync(key, cancellationToken) is { } booking)
        {
            customer.Remember(booking.Key);
            step.Send(_texts.Booking.Found.Fill(("firstName", booking.FirstName), ("reference", booking.Reference)));
            return await step.EndAsync(booking, cancellationToken);
        }
        var tries = step.State.Tries + 1;
        if (tries >= MaxTries) return await step.EndAsync(new PromptGaveUp(DialogId, tries), cancellationToken);
        step.Send(_texts.Booking.NotFound.Fill(("reference", key.Reference), ("name", key.LastName)));
        return await step.ReplaceAsync(Steps, new LookupState { Tries = tries, Previous = key.Reference }, cancellationToken);
    }
}
