using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Prompts;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// Seat change: opens the booking, says where the customer sits, asks window or aisle (unless they said; a seat typed there
/// is taken too), shows free seats of that kind (or of the other kind, when they change their mind there), takes any free
/// seat of their cabin (the validator explains a taken or unknown one), confirms, and applies it. "No" or "none" at any of these questions keeps the seat the customer has.
/// A seat taken by someone else in the meantime is explained and the free seats are offered again. Asked to sit together,
/// it seats the booking's passengers side by side instead (SeatChangeDialog.Together.cs).
/// </summary>
internal sealed partial class SeatChangeDialog : ComponentDialog
{
    public const string DialogId = "seatChange";
    private const string Steps = DialogId + ".steps";
    private const int Shown = 6;
    public const string PreferencePrompt = DialogId + ".preference";
    private readonly IAirlineBackend _airline;
    private readonly BrandTexts _texts;

    public SeatChangeDialog(IAirlineBackend airline, BrandTexts texts) : base(DialogId)
    {
        _airline = airline;
        _texts = texts;
        Add(new WaterfallDialog<SeatChangeState>(Steps)
            .Step(OpenBookingAsync)
            .Step(AskPreferenceAsync)
            .Step(OfferSeatsAsync)
            .Step(ConfirmAsync)
            .Step(ApplyAsync));
        Add(new SeatPrompt(BrandPrompts.Seat, ValidateSeatAsync));
        // Window, aisle or no preference; or a seat typed straight away ("7A"), checked like any typed seat.
        Add(new SeatPrompt(PreferencePrompt, (prompt, ct) =>
            prompt.Recognized.Value is SeatPreference.Window or SeatPreference.Aisle or SeatPreference.Any or SeatPrompt.Keep
                ? Task.FromResult(true)
                : ValidateSeatAsync(prompt, ct)));
        AddTogether();
    }

    private Task<DialogTurnResult> OpenBookingAsync(WaterfallStep<SeatChangeState> step, CancellationToken cancellationToken)
    {
        if (step.State.Booking is not null) return step.NextAsync(null, cancellationToken);
        var request = step.Result as FlowRequest;
        step.State.Preference = SeatPreference.In(request?.Text);
        step.State.Wanted = AirlineEntities.Seat(request?.Text);
        step.State.Together = SeatTogether.Asked(request?.Text);
        return step.BeginAsync(BookingLookupDialog.DialogId, FlowRequest.Reference(request), cancellationToken);
    }

    private async Task<DialogTurnResult> AskPreferenceAsync(WaterfallStep<SeatChangeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is Booking booking) step.State.Booking = booking.Key;
        var map = await _airline.GetSeatMapAsync(step.State.Booking!, cancellationToken);
        var flight = map is null ? null : await _airline.FindBookingAsync(step.State.Booking!, cancellationToken);
        if (map is null || flight is null || flight.Flight.State is FlightState.Departed or FlightState.Arrived or FlightState.Cancelled)
        {
            step.Send(_texts.Seat.NotAllowed);
            return await step.EndAsync(FlowOutcome.NotResolved, cancellationToken);
        }
        if (step.State.Together) return await step.ReplaceAsync(Together, new SeatTogetherState { Booking = step.State.Booking }, cancellationToken);
        step.State.CurrentSeat = map.CurrentSeat;
        var where = map.CurrentSeat is null ? _texts.Seat.NoSeat : _texts.Seat.Current;
        if (!step.State.SeatTold) step.Send(where.Fill(("seat", map.CurrentSeat), ("flight", flight.Flight.DisplayNumber)));
        if (!map.Free.Any())
        {
            step.Send(_texts.Seat.Full);
            return await step.EndAsync(FlowOutcome.NotResolved, cancellationToken);
        }
        if (step.State.Wanted is { } wanted && map.Find(wanted) is { Free: true }) return await step.NextAsync(wanted, cancellationToken);
        if (step.State.Preference is { } preference) return await step.NextAsync(preference, cancellationToken);
        Choice[] choices =
        [
            new(SeatPreference.Window, _texts.Menu.Window, ["hublot", "fenêtre", "window"]),
            new(SeatPreference.Aisle, _texts.Menu.Aisle, ["couloir", "allée", "aisle"]),
            // "Window or aisle?" — "no" (« non ») prefers neither; "keep my seat" keeps it (SeatPrompt.Keep).
            new(SeatPreference.Any, _texts.Menu.AnySeat, ["any", "peu importe", "whatever", "n'importe", "no", "non"]),
        ];
        return await step.PromptAsync(PreferencePrompt, new PromptOptions { Prompt = _texts.Seat.AskPreference, Choices = choices }, cancellationToken);
    }

    private async Task<DialogTurnResult> OfferSeatsAsync(WaterfallStep<SeatChangeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is SeatPrompt.Keep) return await KeepAsync(step, cancellationToken);
        if (step.Result is string wanted && AirlineEntities.Seat(wanted) is { } seat) return await step.NextAsync(seat, cancellationToken);
        var preference = (step.Result as FoundChoice)?.Value ?? step.Result as string ?? SeatPreference.Any;
        step.State.Preference = preference;
        var map = await _airline.GetSeatMapAsync(step.State.Booking!, cancellationToken);
        var free = map?.Free.Where(s => s.Code != map.CurrentSeat).ToList() ?? [];
        var matching = free.Where(s => SeatPreference.Matches(s, preference)).ToList();
        LocalizedText prompt;
        if (preference != SeatPreference.Any && matching.Count > 0)
            prompt = _texts.Seat.FreeSeats.Fill(("position", SeatPreference.Name(preference, _texts)));
        else
        {
            if (preference != SeatPreference.Any) step.Send(_texts.Seat.NoneOfThatKind.Fill(("position", SeatPreference.Name(preference, _texts))));
            prompt = _texts.Seat.FreeSeatsAny;
            matching = free;
        }
        var shown = matching.OrderByDescending(s => s.ExtraLegroom).ThenBy(s => s.Row).Take(Shown).ToList();
        // Extra legroom seats come first: saying so explains the order ("12A, 13F, 6A…"). In Business every seat has it.
        if (shown.Where(s => s.ExtraLegroom).Select(s => s.Code).ToList() is { Count: > 0 } roomy && roomy.Count < shown.Count)
            prompt = prompt.Then(_texts.Seat.ExtraLegroom.Fill(("seats", string.Join(", ", roomy))));
        var offered = shown.Select(s => new Choice(s.Code)).ToList();
        return await step.PromptAsync(BrandPrompts.Seat,
            new PromptOptions { Prompt = prompt, RetryPrompt = _texts.Seat.SeatRetry, Choices = offered }, cancellationToken);
    }

    private Task<DialogTurnResult> ConfirmAsync(WaterfallStep<SeatChangeState> step, CancellationToken cancellationToken)
    {
        var seat = step.ResultAs<string>();
        if (seat == SeatPrompt.Keep) return KeepAsync(step, cancellationToken);
        // "Actually, aisle" at the list of window seats: the seats of that kind.
        if (seat is SeatPreference.Window or SeatPreference.Aisle)
            return step.ReplaceAsync(Steps, new SeatChangeState { Booking = step.State.Booking, Preference = seat, SeatTold = true }, cancellationToken);
        step.State.Seat = seat;
        if (seat == step.State.CurrentSeat)
        {
            step.Send(_texts.Seat.Same);
            return step.EndAsync(FlowOutcome.NotResolved, cancellationToken);
        }
        var question = step.State.CurrentSeat is null ? _texts.Seat.ConfirmNew : _texts.Seat.Confirm;
        return step.PromptAsync(ConfirmPrompt.DefaultId, question.Fill(("from", step.State.CurrentSeat), ("to", seat)), cancellationToken);
    }

    private async Task<DialogTurnResult> ApplyAsync(WaterfallStep<SeatChangeState> step, CancellationToken cancellationToken)
    {
        if (step.Result is not true) return await KeepAsync(step, cancellationToken);
        var result = await _airline.ChangeSeatAsync(step.State.Booking!, step.State.Seat!, cancellationToken);
        switch (result.Outcome)
        {
            case SeatChangeOutcome.Changed:
                var changed = _texts.Seat.Changed.Fill(("seat", result.Seat));
                step.Send(await NewBoardingPassAsync(step.Context, step.State.Booking!, changed.Then(_texts.Seat.NewBoardingPass), cancellationToken)
                    ?? MessageFactory.Text(step.Context.Text(changed)));
                return await step.EndAsync(FlowOutcome.Resolved, cancellationToken);
            case SeatChangeOutcome.Unavailable:
                step.Send(_texts.Seat.Taken.Fill(("seat", step.State.Seat)));
                return await step.ReplaceAsync(Steps, new SeatChangeState { Booking = step.State.Booking, Preference = step.State.Preference }, cancellationToken);
            default:
                step.Send(_texts.Seat.NotAllowed);
                return await step.EndAsync(FlowOutcome.NotResolved, cancellationToken);
        }
    }

    /// <summary>
    /// For a passenger already checked in, whose boarding pass sent then names the old seat: the new one, after
    /// <paramref name="intro"/>; null for a passenger not checked in.
    /// </summary>
    private async Task<Activity?> NewBoardingPassAsync(DialogContext dc, BookingKey passenger, LocalizedText intro, CancellationToken cancellationToken) =>
        await _airline.FindBookingAsync(passenger, cancellationToken) is { CheckIn.Availability: CheckInAvailability.Done } booking
        && (await _airline.CheckInAsync(booking.Key, cancellationToken)).BoardingPass is { } pass
            ? CheckInDialog.BoardingPassMessage(dc, _texts, booking, pass, intro)
            : null;

    private Task<DialogTurnResult> KeepAsync<TState>(WaterfallStep<TState> step, CancellationToken cancellationToken) where TState : class, new()
    {
        step.Send(_texts.Seat.Kept);
        return step.EndAsync(FlowOutcome.NotResolved, cancellationToken);
    }

    /// <summary>A seat of the customer's cabin that is free (or already theirs), or none; otherwise says why not.</summary>
    private async Task<bool> ValidateSeatAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var seat = prompt.Recognized.Value!;
        if (seat is SeatPrompt.Keep or SeatPreference.Window or SeatPreference.Aisle) return true;
        var map = prompt.Context.Customer().Booking is { } key ? await _airline.GetSeatMapAsync(key, cancellationToken) : null;
        var found = map?.Find(seat);
        if (found is null) prompt.RetryMessage = _texts.Seat.Unknown.Fill(("seat", seat));
        else if (!found.Free && found.Code != map!.CurrentSeat) prompt.RetryMessage = _texts.Seat.Taken.Fill(("seat", seat));
        return prompt.RetryMessage is null;
    }
}
