using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Handoff;
using DarkSocialBot.Dialogs.Intents;
using DarkSocialBot.Dialogs.Prompts;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// Flight status by flight number and date ("is NM 1234 on time tomorrow?"), by route and date ("is the Paris to Amsterdam
/// flight tomorrow on time?": one flight gives its status, several a choice, none the question of its number; or only where it
/// goes or leaves from, "the flight from Lyon", when no booking is open), or from the
/// customer's booking. Every path meets in one step that reads the status; a flight not found is asked again (three tries, then the engine offers a colleague;
/// a flight that flies on other days keeps its number and offers its dates), a cancelled one leads to the offer of a
/// colleague to rebook. Asked about compensation (<see cref="BrandIntents.Compensation"/>), it finds the flight alike (or takes
/// the one whose status it just gave) and says what EU rules give for it after its status (<see cref="Compensation"/>).
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
        Add(new FlightQueryPrompt(BrandPrompts.FlightQuery, airline));
        Add(new DatePrompt(BrandPrompts.Date));
    }

    private async Task<DialogTurnResult> IdentifyAsync(WaterfallStep<FlightStatusState> step, CancellationToken cancellationToken)
    {
        var request = step.Result as FlowRequest;
        var text = request?.Text;
        var state = step.State;
        if (request?.Intent == BrandIntents.Compensation) state.Compensation = true;
        // Said unhappily: sorry first, and a colleague offered after the status.
        if (state.Tries == 0 && state.Unhappy is null && Feeling.IsUnhappy(text, step.Locale))
        {
            state.Unhappy = text;
            step.Send(_texts.Flight.UnhappySorry);
        }
        if (state.FlightNumber is not null) return await step.NextAsync(null, cancellationToken); // kept: only the date was wrong
        if (state.Tries == 0 && AirlineEntities.FlightNumber(text) is { } number)
        {
            state.FlightNumber = number;
            state.Date = DatePrompt.DateIn(step.Context, text);
            return await step.NextAsync(null, cancellationToken);
        }
        var reference = FlowRequest.Reference(request);
        // One place alone ("is the flight to London on time?", "the flight from Lyon") when no booking is open: an open one is
        // the flight meant.
        var onePlace = step.Context.Customer().Booking is null;
        if (state.Tries == 0 && reference is null
            && FlightRoute.In(text, await _airline.GetAirportsAsync(cancellationToken), onePlace) is { } route)
        {
            (state.Origins, state.Destinations) = ([.. route.Origins], [.. route.Destinations]);
            (state.AnyOrigin, state.AnyDestination) = (route.AnyOrigin, route.AnyDestination);
            state.Date = DatePrompt.DateIn(step.Context, text);
            return await step.NextAsync(null, cancellationToken);
        }
        // The flight whose status was just given ("is NM 202 on time?", then "am I entitled to compensation?" or "and what time is
        // boarding?"): for compensation even with a booking open, for its status when none is (an open booking is the flight meant).
        // "Flight status" alone (the menu's button, tapped again) is most often about another flight: asked which one, with the
        // flight just checked as an option.
        if (state.Tries == 0 && reference is null && !state.Compensation && IsBareRequest(text)
            && step.Context.Customer() is { LastFlightNumber: { } checkedNumber, LastFlightDate: { } checkedDate, Booking: null })
            return await step.PromptAsync(BrandPrompts.FlightQuery, new PromptOptions
            {
                Prompt = _texts.Flight.AskAnotherFlight,
                RetryPrompt = _texts.Flight.FlightRetry,
                Choices = [new Choice($"{checkedNumber} {Iso(checkedDate)}", _texts.Flight.LastFlightOption.Fill(
                    ("flight", AirlineEntities.DisplayFlightNumber(checkedNumber)), ("date", checkedDate.ToDateTime(TimeOnly.MinValue))))],
            }, cancellationToken);
        if (state.Tries == 0 && reference is null && step.Context.Customer() is { LastFlightNumber: { } last } customer
            && (state.Compensation || customer.Booking is null))
        {
            (state.FlightNumber, state.Date, state.StatusGiven) = (last, customer.LastFlightDate, state.Compensation);
            return await step.NextAsync(null, cancellationToken);
        }
        if (state.Tries == 0 && (reference is not null || step.Context.Customer().Booking is not null))
        {
            state.ByBooking = true;
            state.BookingReference = reference;
            return await step.NextAsync(null, cancellationToken);
        }
        return await step.PromptAsync(BrandPrompts.FlightQuery,
            new PromptOptions { Prompt = _texts.Flight.AskFlight, RetryPrompt = _texts.Flight.FlightRetry }, cancellationToken);
    }

    private Task<DialogTurnResult> LookUpBookingAsync(WaterfallStep<FlightStatusState> step, CancellationToken cancellationToken)
    {
        if (step.Result is FlightQuery query)
        {
            step.State.FlightNumber = query.FlightNumber;
            step.State.Date = query.Date;
            step.State.Origins = query.Route?.Origins.ToArray();
            step.State.Destinations = query.Route?.Destinations.ToArray();
            step.State.AnyOrigin = query.Route?.AnyOrigin ?? false;
            step.State.AnyDestination = query.Route?.AnyDestination ?? false;
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
        if (step.State.Origins is not null && step.State.FlightNumber is null) return await ChooseFlightOnRouteAsync(step, cancellationToken);
        if (step.State.Date is not null) return await step.NextAsync(null, cancellationToken);
        var today = DateOnly.FromDateTime(step.Context.LocalNow);
        var dates = await _airline.GetFlightDatesAsync(step.State.FlightNumber!, today, cancellationToken);
        if (dates.Count <= 1) return await step.NextAsync(dates.Count == 1 ? dates[0] : null, cancellationToken);
        var days = dates.Take(MaxDays).Select(d => new Choice(Iso(d), _texts.Flight.DayOption.Fill(("date", d.ToDateTime(TimeOnly.MinValue))))).ToList();
        return await step.PromptAsync(BrandPrompts.Date,
            new PromptOptions { Prompt = _texts.Flight.AskDate, RetryPrompt = _texts.Flight.DateRetry, Choices = days }, cancellationToken);
    }

    /// <summary>
    /// The flights on the route that day (or in the coming days): one is the flight, several are offered, none is said and
    /// the flight number asked for, as for a flight not found.
    /// </summary>
    private async Task<DialogTurnResult> ChooseFlightOnRouteAsync(WaterfallStep<FlightStatusState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        var texts = RouteTexts(state);
        var from = state.Date ?? DateOnly.FromDateTime(step.Context.LocalNow);
        var flights = new List<FlightStatus>();
        foreach (var origin in state.Origins!)
            foreach (var destination in state.Destinations!)
                flights.AddRange(await _airline.FindFlightsAsync(origin, destination, from, cancellationToken));
        var found = flights.Where(f => state.Date is null || f.Date == state.Date).OrderBy(f => f.ScheduledDeparture).ToList();
        if (found is [var only])
        {
            (state.FlightNumber, state.Date) = (only.Number, only.Date);
            return await step.NextAsync(null, cancellationToken);
        }
        if (found.Count == 0)
        {
            var cities = await RouteCitiesAsync(state, cancellationToken);
            step.Send((state.Date is null ? texts.NotFoundSoon : texts.NotFound)
                .Fill(("origin", cities.Origin), ("destination", cities.Destination), ("date", state.Date?.ToDateTime(TimeOnly.MinValue))));
            if (state.Tries + 1 >= MaxTries) return await step.EndAsync(new PromptGaveUp(DialogId, state.Tries + 1), cancellationToken);
            return await step.ReplaceAsync(Steps, new FlightStatusState { Tries = state.Tries + 1, Compensation = state.Compensation, Unhappy = state.Unhappy }, cancellationToken);
        }
        var choices = found.Take(MaxDays).Select(f => new Choice($"{f.Number} {Iso(f.Date)}", texts.Option.Fill(FlightFacts.Of(f)))).ToList();
        return await step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions
        {
            Prompt = texts.Ask.Fill(("origin", found[0].OriginCity), ("destination", found[0].DestinationCity)),
            Choices = choices,
        }, cancellationToken);
    }

    /// <summary>What the bot says of the flights found: named by route, by destination alone, or by origin alone.</summary>
    private (LocalizedText NotFound, LocalizedText NotFoundSoon, LocalizedText Ask, LocalizedText Option) RouteTexts(FlightStatusState state)
    {
        var flight = _texts.Flight;
        return state.AnyOrigin ? (flight.DestinationNotFound, flight.DestinationNotFoundSoon, flight.AskDestinationFlight, flight.DestinationOption)
            : state.AnyDestination ? (flight.OriginNotFound, flight.OriginNotFoundSoon, flight.AskOriginFlight, flight.OriginOption)
            : (flight.RouteNotFound, flight.RouteNotFoundSoon, flight.AskRouteFlight, flight.RouteOption);
    }

    private async Task<(LocalizedText Origin, LocalizedText Destination)> RouteCitiesAsync(
        FlightStatusState state, CancellationToken cancellationToken)
    {
        var airports = await _airline.GetAirportsAsync(cancellationToken);
        LocalizedText City(string code) => airports.FirstOrDefault(a => a.Code == code)?.City ?? new(code);
        return (City(state.Origins![0]), City(state.Destinations![0]));
    }

    private async Task<DialogTurnResult> ShowAsync(WaterfallStep<FlightStatusState> step, CancellationToken cancellationToken)
    {
        if (step.Result is DateOnly date) step.State.Date = date;
        if (step.Result is FoundChoice { Value: var picked } && picked.Split(' ') is [var flightNumber, var pickedDay]
            && DateOnly.TryParseExact(pickedDay, "yyyy-MM-dd", out var flightDay))
            (step.State.FlightNumber, step.State.Date) = (flightNumber, flightDay);
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
            return await step.ReplaceAsync(Steps,
                new FlightStatusState { Tries = tries, FlightNumber = flies ? number : null, Compensation = step.State.Compensation, Unhappy = step.State.Unhappy }, cancellationToken);
        }
        if (!step.State.StatusGiven) step.Send(FlightFacts.Status(flight, _texts));
        var customer = step.Context.Customer();
        (customer.LastFlightNumber, customer.LastFlightDate) = (flight.Number, flight.Date);
        if (step.State.Compensation)
        {
            var (answer, claim) = Compensation.For(flight, _texts);
            step.Send(answer);
            return claim
                ? await step.BeginAsync(HandoffDialog.DialogId, new HandoffOptions(HandoffReason.Claim), cancellationToken)
                : await step.NextAsync(FlightFacts.Told(flight), cancellationToken);
        }
        if (flight.State == FlightState.Cancelled)
            return await step.BeginAsync(HandoffDialog.DialogId, new HandoffOptions(HandoffReason.FlightCancelled), cancellationToken);
        if (step.State.Unhappy is { } words)
        {
            // The offer is the bot's: the host's sentiment middleware does not add its own, nor is "how did you hear about us?" asked.
            var mood = step.Context.Turn.ConversationState.Get(Attribution.ConversationMood.Property);
            (mood.AgentOffered, mood.OfferedByBot) = (true, true);
            return await step.BeginAsync(HandoffDialog.DialogId,
                new HandoffOptions(HandoffReason.Complaint, words, Offer: _texts.Flight.UnhappyOffer), cancellationToken);
        }
        return await step.NextAsync(FlightFacts.Told(flight), cancellationToken);
    }

    /// <summary>Words that only name the request ("Flight status", « statut du vol », "check another flight please").</summary>
    private static readonly HashSet<string> BareRequestWords = new(StringComparer.Ordinal)
    {
        "flight", "flights", "status", "flightstatus", "check", "another", "other", "a", "the", "of", "please", "pls", "statut", "du",
        "de", "d", "vol", "vols", "un", "autre", "le", "la", "svp", "stp", "voir",
    };

    private static bool IsBareRequest(string? text) =>
        CustomerWords.Of(text) is { Length: > 0 } words && words.All(BareRequestWords.Contains);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
