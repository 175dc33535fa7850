using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Handoff;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// "My booking": opens it and sums it up (flight, date, cabin, fare, seat, check-in); the menu that follows offers the next
/// steps. A delayed or cancelled flight is said as the flight status says it, and a cancelled one leads to the offer of a
/// colleague to rebook.
/// </summary>
internal sealed class BookingDialog : ComponentDialog
{
    public const string DialogId = "booking";
    private readonly BrandTexts _texts;

    public BookingDialog(BrandTexts texts) : base(DialogId)
    {
        _texts = texts;
        Add(new WaterfallDialog<NoState>(DialogId + ".steps")
            .Step((step, ct) => step.BeginAsync(BookingLookupDialog.DialogId, FlowRequest.Reference(step.Result as FlowRequest), ct))
            .Step(SummarizeAsync)
            .Step((step, ct) => step.EndAsync(step.Result as FlowOutcome? ?? FlowOutcome.Resolved, ct)));
    }

    private Task<DialogTurnResult> SummarizeAsync(WaterfallStep<NoState> step, CancellationToken cancellationToken)
    {
        var booking = step.ResultAs<Booking>();
        var seat = booking.Seat is null ? _texts.Booking.NoSeat : _texts.Booking.SeatAssigned;
        step.Send(_texts.Booking.Summary.Fill([.. FlightFacts.Of(booking.Flight), ("reference", booking.Reference),
            ("cabin", FlightFacts.CabinName(booking.Cabin, _texts)), ("fare", FlightFacts.FareName(booking.Fare, _texts)),
            ("seat", seat.Fill(("seat", booking.Seat))), ("checkIn", booking.CheckedIn ? _texts.Booking.CheckedIn : null)]));
        if (booking.Flight.State is not (FlightState.Delayed or FlightState.Cancelled)) return step.NextAsync(FlowOutcome.Resolved, cancellationToken);
        step.Send(FlightFacts.Status(booking.Flight, _texts));
        return booking.Flight.State == FlightState.Cancelled
            ? step.BeginAsync(HandoffDialog.DialogId, new HandoffOptions(HandoffReason.FlightCancelled), cancellationToken)
            : step.NextAsync(FlightFacts.Told(booking.Flight), cancellationToken);
    }
}
