using System.Globalization;
using System.Text.Json;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Dialogs.Attribution;
using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Dialogs.Intents;

/// <summary>
/// What customers ask for, recognized deterministically: phrases per language from <c>Intents/{language}.json</c>
/// (embedded; "phrase@0.8" gives a phrase a lower weight), plus two patterns that need no words: a flight number
/// ("NM 1234") suggests a flight status, a booking reference ("ABC123") a booking. Every match carries its evidence.
/// </summary>
internal static class BrandIntents
{
    public const string FlightStatus = "flightStatus";
    public const string Booking = "booking";
    public const string SeatChange = "seatChange";
    public const string CheckIn = "checkIn";
    public const string Baggage = "baggage";
    public const string LostBag = "lostBag";

    /// <summary>Wi-Fi, food on board, travel documents: answered by <see cref="Flows.TravelInfoDialog"/>.</summary>
    public const string TravelInfo = "travelInfo";

    /// <summary>"Am I entitled to compensation?": the flight's status and what EU rules give for it (<see cref="Flows.Compensation"/>).</summary>
    public const string Compensation = "compensation";
    public const string Rebook = "rebook";
    public const string Agent = "agent";
    public const string Complaint = "complaint";

    /// <summary>Pets, special assistance, meals, children flying alone: arranged by a colleague.</summary>
    public const string Assistance = "assistance";
    /// <summary>
    /// A question no flow answers ("what's the weather in Paris?"): not recognized from phrases, but routed so by the main dialog
    /// (<see cref="Flows.OpenQuestion"/>), which offers a colleague.
    /// </summary>
    public const string Question = "question";
    public const string Greeting = "greeting";
    public const string Help = "help";
    public const string Cancel = "cancel";
    public const string Thanks = "thanks";
    public const string English = "english";
    public const string French = "french";

    /// <summary>"I don't have it", « je l'ai perdue »: the customer cannot give what the bot asks for (a reference, a flight number).</summary>
    public const string DontHave = "dontHave";

    /// <summary>"Back to the bot": ends a handoff from the customer's side (see the host's handoff middleware).</summary>
    public const string BackToBot = "backToBot";

    /// <summary>Below this score a message has no intent (it gets the menu).</summary>
    public const double MinScore = 0.6;

    /// <summary>Intents that start a flow (the rest are small talk and commands).</summary>
    public static readonly string[] Flows = [FlightStatus, Booking, SeatChange, CheckIn, Baggage, LostBag, TravelInfo, Compensation, Rebook, Agent, Complaint, Assistance];

    /// <summary>Flows that open the booking themselves, so a booking named beside them is their context, not a request.</summary>
    public static readonly string[] OpenTheBooking = [FlightStatus, SeatChange, CheckIn, Baggage, LostBag];

    /// <summary>How clearly another request must be said for a booking named beside it to be its context.</summary>
    public const double ContextScore = 0.8;

    /// <summary>
    /// The request a message makes: its best intent of at least <paramref name="minScore"/>, except that a booking named
    /// beside another request ("my booking is ABC123, is my flight on time?", « annuler ma réservation ») is that request's context.
    /// </summary>
    public static string? RequestOf(IReadOnlyList<IntentMatch> matches, double minScore) => RequestMatchOf(matches, minScore)?.Intent;

    /// <summary>
    /// <see cref="RequestOf"/> with its match. Thanks said with a clear request ("how many bags can I bring? thanks a lot") is
    /// courtesy, and a call for help with one is a way to ask: the request is what the message makes.
    /// </summary>
    public static IntentMatch? RequestMatchOf(IReadOnlyList<IntentMatch> matches, double minScore)
    {
        if (matches is not [var top, ..] || top.Score < minScore) return null;
        // A call for help said with a request ("my flight got cancelled, booking JKL654, what are my options?") is that request.
        if (top.Intent is Thanks or Help) return matches.Skip(1).FirstOrDefault(m => m.Score >= ContextScore && Flows.Contains(m.Intent)) ?? top;
        // "my flight is cancelled, can I be compensated?": the flight is what the compensation is for (its status is said too);
        // "rude staff, I want compensation" is a complaint, which a colleague takes with the claim.
        if (top.Intent == FlightStatus) return matches.Skip(1).FirstOrDefault(m => m.Score >= ContextScore && m.Intent == Compensation) ?? top;
        if (top.Intent == Compensation) return matches.Skip(1).FirstOrDefault(m => m.Score >= ContextScore && m.Intent == Complaint) ?? top;
        if (top.Intent != Booking) return top;
        return matches.Skip(1).FirstOrDefault(m => m.Score >= ContextScore && m.Intent != Booking && Flows.Contains(m.Intent)) ?? top;
    }

    /// <summary>
    /// The request a reply to another question ("how did you hear about us?") clearly makes, or null: one of the flows
    /// recognized with at least <see cref="HowDidYouHearDialog.RequestScore"/>, or asked as a question ("and what time is
    /// boarding?", "k thx. how much is extra bag"); or a booking reference or a flight number, which answers no such question ("ABC123 Martin", "NM 1235"): the
    /// booking, or that flight's status.
    /// </summary>
    public static IntentMatch? ClearRequest(DialogContext dc)
    {
        if (dc.Intent is { Score: >= HowDidYouHearDialog.RequestScore } top && Flows.Contains(top.Intent)) return top;
        if (global::DarkSocialBot.Dialogs.Flows.OpenQuestion.Asks(dc.Activity.Text) && RequestMatchOf(dc.Intents, MinScore) is { } asked && Flows.Contains(asked.Intent))
            return asked;
        var named = AirlineEntities.BookingReference(dc.Activity.Text) is not null ? Booking
            : AirlineEntities.FlightNumber(dc.Activity.Text) is not null ? FlightStatus
            : null;
        if (named is null) return null;
        return RequestMatchOf(dc.Intents, MinScore) is { } request && Flows.Contains(request.Intent) ? request : new IntentMatch(named, 1, []);
    }

    // Six letters and digits mixing both, not shaped like a flight number: "ABC123", "x7k2pq"; or a demo reference written
    // apart: "abc 123", "ABC-123" (see AirlineEntities).
    private const string BookingReference =
        @"(?<![\p{L}\d])(?![a-z]{2}\d{4}(?![\p{L}\d]))(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{6}(?![\p{L}\d])|"
        + AirlineEntities.SeparatedReferencePattern;

    public static IntentRecognizer Create()
    {
        var recognizer = new IntentRecognizer();
        foreach (var language in new[] { "en", "fr" })
        {
            foreach (var (intent, phrases) in Load(language))
                foreach (var group in phrases.Select(Parse).GroupBy(p => p.Weight))
                    recognizer.Add(intent, language, group.Key, [.. group.Select(p => p.Phrase)]);
        }
        return recognizer
            .AddPattern(FlightStatus, IntentRecognizer.AnyLanguage, AirlineEntities.FlightNumberSource, weight: 0.65)
            .AddPattern(Booking, IntentRecognizer.AnyLanguage, BookingReference, weight: 0.62);
    }

    private static Dictionary<string, string[]> Load(string language)
    {
        var name = $"DarkSocialBot.Dialogs.Intents.{language}.json";
        using var stream = typeof(BrandIntents).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"No embedded resource {name}.");
        return JsonSerializer.Deserialize<Dictionary<string, string[]>>(stream) ?? [];
    }

    private static (string Phrase, double Weight) Parse(string entry)
    {
        var at = entry.LastIndexOf('@');
        return at > 0 && double.TryParse(entry[(at + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight)
            ? (entry[..at], weight)
            : (entry, 1.0);
    }
}
