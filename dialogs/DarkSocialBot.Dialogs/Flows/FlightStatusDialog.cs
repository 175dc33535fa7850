using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Handoff;
using DarkSocialBot.Dialogs.Prompts;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// Flight status by flight number and date ("is NM 1234 on time tomorrow?"), or from the customer's booking. Every path meets
/// in one step that reads the status; a flight not found is asked again (three tries, then the engine offers a colleague;
/// a flight that flies on other days keeps its number and offers its dates), a cancelled one leads to the offer of a
/// colleague to rebook.
/// </summary>
internal sealed class FlightStatusDialog : ComponentDialog
{
    public const string DialogId = "flightStatus";
    private const string Steps = DialogId + ".steps";
    private const int MaxTries = 3;
    private const int MaxDays = 4;
    private readonly IAirlineBackend _airline;
    private readonly BrandTexts _texts;

    public FlightStatusDialog(IAirlineBackend airline, BrandTexts texts) : base(DialogId)
    {
        _airline = airline;
        _texts = texts;
        Add(new WaterfallDialog<FlightStatusState>(Steps)
            .Step(IdentifyAsync)
            .Step(LookUpBookingAsync)
            .Step(AskDateAsync)
            .Step(ShowAsync)
            .Step((step, ct) => step.EndAsync(step.Result as FlowOutcome? ?? FlowOutcome.Resolved, ct)));
        Add(new FlightQueryPrompt(BrandPrompts.FlightQuery));
        Add(new DatePrompt(BrandPrompts.Date));
    }

    private Task<DialogTurnResult> IdentifyAsync(WaterfallStep<FlightStatusState> step, CancellationToken cancellationToken)
    {
        var request = step.Result as FlowRequest;
        var text = request?.Text;
        var state = step.State;
        if (state.FlightNumber is not null) return step.NextAsync(null, cancellationToken); // kept: only the date was wrong
        if (state.Tries == 0 && AirlineEntities.FlightNumber(text) is { } number)
        {
            state.FlightNumber = number;
            state.Date = DatePrompt.DateIn(step.Context, text);
            return step.NextAsync(null, cancellationToken);
        }
        var reference = FlowRequest.Reference(request);
        if (state.Tries == 0 && (reference is not null || step.Context.Customer().Booking is not null))
        {
            state.ByBooking = true;
            state.BookingReference = reference;
            return step.NextAsync(null, cancellationToken);
        }
        return step.PromptAsync(BrandPrompts.FlightQuery,
            new PromptOptions { Prompt = _texts.Flight.AskFlight, RetryPrompt = _texts.Flight.FlightRetry }, cancellationToken);
    }

    private Task<DialogTurnResult> LookUpBookingAsync(WaterfallStep<FlightStatusState> step, CancellationToken cancellationToken)
    {
        if (step.Result is FlightQuery query)
        {
            step.State.FlightNumber = query.FlightNumber;
            step.State.Date = query.Date;
            step.State.BookingReference = query.BookingReference;
            step.State.ByBooking = query.BookingReference is not null;
        }
        return step.State.ByBooking
            ? step.BeginAsync(BookingLookupDialog.DialogId, step.State.BookingReference, cancellationToken)
            : step.NextAsync(null, cancellationToken);
    }

    /// <summary>Without a date: the flight's only coming departure, or a choice between its coming dates.</summary>
    private async Task<DialogTurnResult> AskDateAsync(WaterfallStep<FlightStatusState> step, CancellationToken cancellationToken)
    {
        if (step.Result is Booking booking)
        {
            step.State.FlightNumber = booking.Flight.Number;
            step.State.Date = booking.Flight.Date;
        }
        if (step.State.Date is not null) return await step.NextAsync(null, cancellationToken);
        var today = DateOnly.FromDateTime(step.Context.LocalNow);
        var dates = await _airline.GetFlightDatesAsync(step.State.FlightNumber!, today, cancellationToken);
        if (dates.Count <= 1) return await step.NextAsync(dates.Count == 1 ? dates[0] : null, cancellationToken);
        var days = dates.Take(MaxDays).Select(d => new Choice(Iso(d), _texts.Flight.DayOption.Fill(("date", d.ToDateTime(TimeOnly.MinValue))))).ToList();
        return await step.PromptAsync(BrandPrompts.Date,
            new PromptOptions { Prompt = _texts.Flight.AskDate, RetryPrompt = _texts.Flight.DateRetry, Choices = days }, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowAsync(WaterfallStep<FlightStatusState> step, CancellationToken cancellationToken)
    {
        if (step.Result is DateOnly date) step.State.Date = date;
        var (number, day) = (step.State.FlightNumber!, step.State.Date);
        if (day is null || await _airline.GetFlightStatusAsync(number, day.Value, cancellationToken) is not { } flight)
        {
            var tries = step.State.Tries + 1;
            if (tries >= MaxTries) return await step.EndAsync(new PromptGaveUp(DialogId, tries), cancellationToken);
            var missing = day is null ? _texts.Flight.NotFoundSoon : _texts.Flight.NotFound;
            step.Send(missing.Fill(("flight", AirlineEntities.DisplayFlightNumber(number)), ("date", day?.ToDateTime(TimeOnly.MinValue))));
            // A flight that flies on other days keeps its number, and the customer picks one of its dates.
            var flies = day is not null
                && (await _airline.GetFlightDatesAsync(number, DateOnly.FromDateTime(step.Context.LocalNow), cancellationToken)).Count > 0;
            return await step.ReplaceAsync(Steps, new FlightStatusState { Tries = tries, FlightNumber = flies ? number : null }, cancellationToken);
        }
        step.Send(FlightFacts.Status(flight, _texts));
        return flight.State == FlightState.Cancelled
            ? await step.BeginAsync(HandoffDialog.DialogId, new HandoffOptions(HandoffReason.FlightCancelled), cancellationToken)
            : await step.NextAsync(FlowOutcome.Resolved, cancellationToken);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
