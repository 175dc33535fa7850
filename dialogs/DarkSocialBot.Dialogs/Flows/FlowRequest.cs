using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// What starts a flow: the intent and the message that expressed it (a flight number or a reference in it is used). The
/// next of several requests in one message (<see cref="SeveralRequests"/>) also carries the booking the customer has open:
/// it is the same trip, so the customer is not asked for it again.
/// </summary>
internal sealed record FlowRequest(string Intent, string? Text, string? OpenBooking = null)
{
    /// <summary>The booking reference written in the request, or else the open booking it carries.</summary>
    public static string? Reference(FlowRequest? request) => AirlineEntities.BookingReference(request?.Text) ?? request?.OpenBooking;
}
