using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// Check-in: opens the booking, says when check-in opens if it is too early (or that it closed), confirms, checks in and
/// sends the boarding pass as a link in the text (any channel) and as a card with a button (channels that show cards).
/// A passenger already checked in gets the boarding pass again.
/// </summary>
internal sealed class CheckInDialog : ComponentDialog
{
    public const string DialogId = "checkIn";
    private readonly IAirlineBackend _airline;
    private readonly BrandTexts _texts;

    public CheckInDialog(IAirlineBackend airline, BrandTexts texts) : base(DialogId)
    {
        _airline = airline;
        _texts = texts;
        Add(new WaterfallDialog<BookingKeyState>(DialogId + ".steps")
            .Step((step, ct) => step.BeginAsync(BookingLookupDialog.DialogId, FlowRequest.Reference(step.Result as FlowRequest), ct))
            .Step(CheckAsync)
            .Step(CheckInAsync));
    }

    private async Task<DialogTurnResult> CheckAsync(WaterfallStep<BookingKeyState> step, CancellationToken cancellationToken)
    {
        var booking = step.ResultAs<Booking>();
        step.State.Booking = booking.Key;
        var facts = FlightFacts.Of(booking.Flight);
        switch (booking.CheckIn.Availability)
        {
            case CheckInAvailability.Done:
                return await SendBoardingPassAsync(step, _texts.CheckIn.Already, cancellationToken);
            case CheckInAvailability.Open:
                var name = $"{booking.FirstName} {booking.LastName}";
                return await step.PromptAsync(ConfirmPrompt.DefaultId,
                    _texts.CheckIn.Confirm.Fill([.. facts, ("name", name), ("seat", booking.Seat ?? "—")]), cancellationToken);
            case CheckInAvailability.NotOpenYet:
                step.Send(_texts.CheckIn.NotOpen.Fill([.. facts, ("opens", booking.CheckIn.OpensAt)]));
                break;
            case CheckInAvailability.Closed:
                step.Send(_texts.CheckIn.Closed.Fill(facts));
                break;
            default:
                step.Send(_texts.CheckIn.NotPossible.Fill(facts));
                break;
        }
        return await step.EndAsync(FlowOutcome.NotResolved, cancellationToken);
    }

    private async Task<DialogTurnResult> CheckInAsync(WaterfallStep<BookingKeyState> step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            step.Send(_texts.CheckIn.Kept);
            return await step.EndAsync(FlowOutcome.NotResolved, cancellationToken);
        }
        return await SendBoardingPassAsync(step, _texts.CheckIn.Done, cancellationToken);
    }

    private async Task<DialogTurnResult> SendBoardingPassAsync(WaterfallStep<BookingKeyState> step, Core.Localization.LocalizedText intro,
        CancellationToken cancellationToken)
    {
        var result = await _airline.CheckInAsync(step.State.Booking!, cancellationToken);
        var booking = await _airline.FindBookingAsync(step.State.Booking!, cancellationToken);
        if (result.BoardingPass is not { } pass || booking is null)
        {
            // Check-in just closed, or the flight was cancelled, between the question and the answer.
            step.Send(booking is null ? _texts.CheckIn.Kept : _texts.CheckIn.Closed.Fill(FlightFacts.Of(booking.Flight)));
            return await step.EndAsync(FlowOutcome.NotResolved, cancellationToken);
        }
        step.Send(BoardingPassMessage(step.Context, _texts, booking, pass, intro));
        return await step.EndAsync(FlowOutcome.Resolved, cancellationToken);
    }

    /// <summary>The boarding pass after <paramref name="intro"/>: a link in the text (any channel) and a card with a button.</summary>
    internal static Activity BoardingPassMessage(DialogContext dc, BrandTexts texts, Booking booking, BoardingPass pass,
        Core.Localization.LocalizedText intro)
    {
        var card = MessageFactory.HeroCard(
            dc.Text(texts.CheckIn.CardTitle.Fill(("flight", booking.Flight.DisplayNumber))),
            dc.Text(texts.CheckIn.CardSubtitle.Fill(("name", pass.Passenger), ("seat", pass.Seat), ("group", pass.Group))),
            buttons: [new CardAction { Type = "openUrl", Title = dc.Text(texts.CheckIn.OpenButton), Value = pass.Url }]);
        return MessageFactory.Attachment(card, dc.Text(intro.Then(texts.CheckIn.Link.Fill(("url", pass.Url)))));
    }
}
