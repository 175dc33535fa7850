using System.Text.RegularExpressions;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Dialogs.Intents;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// Several requests in one message ("check in and change my seat to aisle", « statut du vol NM 202 et ma valise est
/// perdue »): the message is cut where it says "and", "then", "also", « et », « puis », « ensuite », ";" or "+", and each
/// piece is read on its own. It is several requests only when at least two pieces are each clearly (<see cref="ClearScore"/>)
/// a different flow the bot runs itself (greetings and thanks around them are skipped); a piece asking for a person or
/// complaining makes it one request, as before (the colleague gets the whole message). A booking named next to a request
/// that opens it ("booking ABC123 and change my seat") is that request's context, not a request of its own. A seat change
/// goes before a check-in, so the boarding pass shows the new seat; otherwise the customer's order is kept.
/// </summary>
internal static partial class SeveralRequests
{
    public const double ClearScore = 0.8;

    /// <summary>A longer message tells a story (a complaint, a lost bag's description) rather than listing requests.</summary>
    public const int MaxLength = 300;

    /// <summary>The flows the bot runs itself: the booking, and those that open it.</summary>
    private static readonly string[] BotFlows = [BrandIntents.Booking, BrandIntents.TravelInfo, .. BrandIntents.OpenTheBooking];

    /// <summary>
    /// The requests in the order to handle them, each with its piece of the message; null when it is one request. A piece
    /// asking for a person ("… and can my dog travel in the cabin?") comes first, with the whole message for the colleague,
    /// even when the rest of the message weighs more; the bot's own requests follow it, for a customer who declines the
    /// colleague (once handed over, the colleague has them all).
    /// </summary>
    public static List<FlowRequest>? In(IntentRecognizer intents, string? text, string locale)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength) return null;
        var pieces = Connector().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
        if (pieces.Length < 2) return null;
        var requests = new List<FlowRequest>();
        FlowRequest? person = null;
        foreach (var piece in pieces)
        {
            // "is my flight on time? booking XYZ789": the booking is the context of the request beside it.
            if (BrandIntents.RequestOf(intents.RecognizeAll(piece, locale), ClearScore) is not { } intent) continue;
            if (BrandIntents.Flows.Contains(intent) && !BotFlows.Contains(intent)) person ??= new FlowRequest(intent, text);
            else if (BotFlows.Contains(intent) && requests.All(r => r.Intent != intent)) requests.Add(new FlowRequest(intent, piece));
        }
        if (requests.Any(r => BrandIntents.OpenTheBooking.Contains(r.Intent))) requests.RemoveAll(r => r.Intent == BrandIntents.Booking);
        InOrder(requests);
        if (person is not null) return [person, .. requests];
        return requests.Count < 2 ? null : requests;
    }

    /// <summary>The bot's own requests in the order to take them: the customer's, except a seat change before a check-in.</summary>
    public static List<FlowRequest> InOrder(List<FlowRequest> requests)
    {
        var seat = requests.FindIndex(r => r.Intent == BrandIntents.SeatChange);
        var checkIn = requests.FindIndex(r => r.Intent == BrandIntents.CheckIn);
        if (seat > checkIn && checkIn >= 0) (requests[seat], requests[checkIn]) = (requests[checkIn], requests[seat]);
        return requests;
    }

    // Words that join two requests; "and" inside a phrase ("check-in and bags") is cut too, and such pieces rarely both score.
    [GeneratedRegex(@"[;+&]|\b(?:and|then|also|plus|et|puis|ensuite|aussi)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout.Milliseconds)]
    private static partial Regex Connector();
}
