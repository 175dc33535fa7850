using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Handoff;
using DarkSocialBot.Dialogs.Prompts;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// Sitting together: says where each passenger of the booking sits (by name); side by side already, says so; otherwise
/// offers free seats side by side in their cabin (a seat typed is taken with the free one next to it), confirms and moves
/// each passenger who has to move with their own last name, as the backend reaches them. A booking with one passenger, or
/// passengers sharing a last name (the backend cannot tell them apart), gets the offer of a colleague.
/// </summary>
internal sealed partial class SeatChangeDialog
{
    private const string Together = DialogId + ".together";
    private const string TogetherPrompt = DialogId + ".togetherSeats";

    private void AddTogether()
    {
        Add(new WaterfallDialog<SeatTogetherState>(Together)
            .Step(TellSeatsAsync)
            .Step(ConfirmTogetherAsync)
            .Step(MoveTogetherAsync));
        Add(new SeatPrompt(TogetherPrompt, ValidateTogetherAsync));
    }

    private async Task<DialogTurnResult> TellSeatsAsync(WaterfallStep<SeatTogetherState> step, CancellationToken cancellationToken)
    {
        var key = step.State.Booking!;
        if (await _airline.GetSeatMapAsync(key, cancellationToken) is not { } map)
        {
            step.Send(_texts.Seat.NotAllowed);
            return await step.EndAsync(FlowOutcome.NotResolved, cancellationToken);
        }
        var passengers = map.Passengers;
        if (passengers.Count < 2)
        {
            var name = passengers.Count == 1 ? SeatTogether.Name(passengers[0]) : key.LastName;
            step.Send(_texts.Seat.TogetherAlone.Fill(("reference", key.Reference), ("name", name)));
            return await step.BeginAsync(HandoffDialog.DialogId, new HandoffOptions(HandoffReason.Seating), cancellationToken);
        }
        step.Send(_texts.Seat.TogetherWhere.Fill(("flight", AirlineEntities.DisplayFlightNumber(map.FlightNumber)),
            ("seats", SeatsOf(passengers.Select(p => (p, p.Seat))))));
        if (SeatTogether.SideBySide(map, passengers.Select(p => p.Seat)))
        {
            step.Send(_texts.Seat.TogetherAlready);
            return await step.EndAsync(FlowOutcome.Resolved, cancellationToken);
        }
        if (SeatTogether.SharedLastName(passengers))
        {
            step.Send(_texts.Seat.TogetherSameName);
            return await step.BeginAsync(HandoffDialog.DialogId, new HandoffOptions(HandoffReason.Seating), cancellationToken);
        }
        var blocks = SeatTogether.Blocks(map, passengers.Count).Take(Shown).ToList();
        if (blocks.Count == 0)
        {
            step.Send(_texts.Seat.TogetherFull);
            return await step.EndAsync(FlowOutcome.NotResolved, cancellationToken);
        }
        var choices = blocks.Select(b => new Choice(b[0].Code, string.Join(" + ", b.Select(s => s.Code)))).ToList();
        return await step.PromptAsync(TogetherPrompt,
            new PromptOptions { Prompt = _texts.Seat.TogetherOffer, RetryPrompt = _texts.Seat.TogetherRetry, Choices = choices }, cancellationToken);
    }

    private async Task<DialogTurnResult> ConfirmTogetherAsync(WaterfallStep<SeatTogetherState> step, CancellationToken cancellationToken)
    {
        if (step.Result is FlowOutcome outcome) return await step.EndAsync(outcome, cancellationToken); // after the colleague's offer
        var seat = step.ResultAs<string>();
        if (seat == SeatPrompt.Keep) return await KeepAsync(step, cancellationToken);
        var map = await _airline.GetSeatMapAsync(step.State.Booking!, cancellationToken);
        if (map is null || BlockWith(map, seat) is not { } block)
        {
            step.Send(_texts.Seat.TogetherNoNeighbour.Fill(("seat", seat)));
            return await step.ReplaceAsync(Together, new SeatTogetherState { Booking = step.State.Booking }, cancellationToken);
        }
        step.State.Block = [.. block.Select(s => s.Code)];
        var moves = SeatTogether.Assign(map.Passengers, step.State.Block).Where(m => m.Seat != m.Passenger.Seat)
            .Select(m => _texts.Seat.TogetherMove.Fill(("name", SeatTogether.Name(m.Passenger)), ("seat", m.Seat)));
        return await step.PromptAsync(ConfirmPrompt.DefaultId, _texts.Seat.TogetherConfirm.Fill(("moves", Joined(moves))), cancellationToken);
    }

    private async Task<DialogTurnResult> MoveTogetherAsync(WaterfallStep<SeatTogetherState> step, CancellationToken cancellationToken)
    {
        if (step.Result is not true) return await KeepAsync(step, cancellationToken);
        var key = step.State.Booking!;
        var map = await _airline.GetSeatMapAsync(key, cancellationToken);
        var places = map is null ? [] : SeatTogether.Assign(map.Passengers, step.State.Block);
        var moved = places.Where(m => m.Seat != m.Passenger.Seat).ToList();
        // One change per passenger, each reached with their own last name on the booking.
        foreach (var (passenger, seat) in moved)
        {
            var result = await _airline.ChangeSeatAsync(key with { LastName = passenger.LastName }, seat, cancellationToken);
            if (result.Outcome == SeatChangeOutcome.Changed) continue;
            if (result.Outcome != SeatChangeOutcome.Unavailable) break;
            step.Send(_texts.Seat.TogetherTaken.Fill(("seat", seat)));
            return await step.ReplaceAsync(Together, new SeatTogetherState { Booking = key }, cancellationToken);
        }
        var after = await _airline.GetSeatMapAsync(key, cancellationToken);
        if (after is null || !SeatTogether.SideBySide(after, after.Passengers.Select(p => p.Seat)))
        {
            step.Send(_texts.Seat.NotAllowed);
            return await step.EndAsync(FlowOutcome.NotResolved, cancellationToken);
        }
        step.Send(_texts.Seat.TogetherChanged.Fill(("seats", SeatsOf(after.Passengers.Select(p => (p, p.Seat))))));
        // Those already checked in get their boarding pass with the new seat, as after a seat change of one.
        foreach (var (passenger, _) in moved)
            if (await NewBoardingPassAsync(step.Context, key with { LastName = passenger.LastName },
                    _texts.Seat.TogetherNewBoardingPass.Fill(("name", SeatTogether.Name(passenger))), cancellationToken) is { } pass)
                step.Send(pass);
        return await step.EndAsync(FlowOutcome.Resolved, cancellationToken);
    }

    /// <summary>A seat typed or picked: one of the blocks side by side it belongs to (the one it starts first), or says why not.</summary>
    private async Task<bool> ValidateTogetherAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var seat = prompt.Recognized.Value!;
        if (seat == SeatPrompt.Keep) return true;
        if (seat is SeatPreference.Window or SeatPreference.Aisle) return false; // the retry prompt asks for seats
        var map = prompt.Context.Customer().Booking is { } key ? await _airline.GetSeatMapAsync(key, cancellationToken) : null;
        var found = map?.Find(seat);
        if (found is null) prompt.RetryMessage = _texts.Seat.Unknown.Fill(("seat", seat));
        else if (BlockWith(map!, seat) is null)
            prompt.RetryMessage = (found.Free || map!.Passengers.Any(p => p.Seat == found.Code) ? _texts.Seat.TogetherNoNeighbour : _texts.Seat.Taken).Fill(("seat", seat));
        return prompt.RetryMessage is null;
    }

    private static IReadOnlyList<SeatInfo>? BlockWith(SeatMap map, string seat) =>
        SeatTogether.Blocks(map, map.Passengers.Count).Where(b => b.Any(s => string.Equals(s.Code, seat, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(b => !string.Equals(b[0].Code, seat, StringComparison.OrdinalIgnoreCase)).FirstOrDefault();

    /// <summary>"Chloé Bernard in 2A and Hugo Petit in 2C", in each language.</summary>
    private LocalizedText SeatsOf(IEnumerable<(SeatedPassenger Passenger, string? Seat)> places) =>
        Joined(places.Select(p => (p.Seat is null ? _texts.Seat.TogetherNoSeat : _texts.Seat.TogetherSeat)
            .Fill(("name", SeatTogether.Name(p.Passenger)), ("seat", p.Seat))));

    private LocalizedText Joined(IEnumerable<LocalizedText> parts)
    {
        var list = parts.ToList();
        var joined = new LocalizedText();
        foreach (var language in _texts.Seat.TogetherAnd.Texts.Keys)
            joined[language] = list.Count <= 1
                ? string.Concat(list.Select(p => p.Get(language)))
                : $"{string.Join(", ", list.SkipLast(1).Select(p => p.Get(language)))}{_texts.Seat.TogetherAnd.Get(language)}{list[^1].Get(language)}";
        return joined;
    }
}
