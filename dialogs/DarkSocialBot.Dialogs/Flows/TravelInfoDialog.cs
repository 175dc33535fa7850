using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Handoff;
using DarkSocialBot.Dialogs.Intents;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// Common travel questions with one answer for every passenger ("is there wifi on board?", « y a-t-il des repas à bord ? »,
/// "do I need a passport for London?", "how early should I be at the airport?", "can I bring food through security?", "how much
/// is a flight to Montreal?", "can I fly with a baby?"),
/// answered at once as <see cref="BaggageDialog"/> answers liquids: the topic is read from the customer's words. Travelling
/// with a pet ("can I bring my dog?", a request for a colleague) gets the pet rules first, then a colleague to book its
/// place. A question the words do not place is offered to a colleague, as any question no flow answers.
/// </summary>
internal sealed class TravelInfoDialog : ComponentDialog
{
    public const string DialogId = BrandIntents.TravelInfo;

    private static readonly HashSet<string> WifiWords = new(StringComparer.Ordinal)
    {
        "wifi", "wi-fi", "internet", "wlan", "streaming",
    };

    private static readonly HashSet<string> MealWords = new(StringComparer.Ordinal)
    {
        "meal", "meals", "food", "eat", "eating", "snack", "snacks", "drink", "drinks", "water", "coffee", "tea", "vegetarian",
        "vegan", "breakfast", "lunch", "dinner", "repas", "manger", "nourriture", "collation", "collations", "boisson", "boissons",
        "eau", "café", "cafe", "thé", "végétarien", "végétarienne", "vegetarien", "végétalien", "petit-déjeuner", "déjeuner", "dîner",
        "menu", "sandwich", "sandwiches", "sandwichs",
    };

    private static readonly HashSet<string> DocumentWords = new(StringComparer.Ordinal)
    {
        "passport", "passports", "visa", "visas", "id", "identity", "documents", "document", "eta", "esta", "passeport",
        "passeports", "identité", "identite", "papiers", "ave",
    };

    /// <summary>Security screening, or bringing one's own food ("can I bring a sandwich?"): not the food served on board.</summary>
    private static readonly HashSet<string> SecurityWords = new(StringComparer.Ordinal)
    {
        "security", "screening", "checkpoint", "scanner", "x-ray", "sécurité", "securite", "sûreté", "surete", "portique",
    };

    private static readonly HashSet<string> BringWords = new(StringComparer.Ordinal)
    {
        "bring", "take", "pack", "carry", "own", "apporter", "emporter", "amener", "propre", "propres",
    };

    private static readonly HashSet<string> PetWords = new(StringComparer.Ordinal)
    {
        "dog", "dogs", "cat", "cats", "pet", "pets", "puppy", "kitten", "animal", "animals", "chien", "chiens", "chienne", "chiot",
        "chaton", "animaux", "lapin", "rabbit",
    };

    /// <summary>« chat » is a cat only after a French determiner: "live chat" is talking to someone.</summary>
    private static readonly HashSet<string> CatDeterminers = new(StringComparer.Ordinal)
    {
        "mon", "ma", "mes", "un", "le", "les", "des", "notre", "nos", "son", "ses", "ton", "tes", "votre", "vos",
    };

    private static readonly HashSet<string> InfantWords = new(StringComparer.Ordinal)
    {
        "baby", "babies", "infant", "infants", "toddler", "newborn", "bassinet", "bébé", "bébés", "bebe", "bebes", "nourrisson",
        "nourrissons", "berceau", "stroller", "strollers", "pushchair", "pushchairs", "pram", "buggy", "poussette", "poussettes", "landau",
    };

    /// <summary>Fares and new tickets: a price or a purchase, of a flight or a ticket ("how much is a flight to Montreal?").</summary>
    private static readonly HashSet<string> PriceWords = new(StringComparer.Ordinal)
    {
        "price", "prices", "cost", "costs", "fare", "fares", "cheap", "cheapest", "cheaper", "much", "buy", "book", "purchase", "prix",
        "coût", "cout", "coûte", "coute", "tarif", "tarifs", "cher", "combien", "acheter", "réserver", "reserver",
    };

    private static readonly HashSet<string> TicketWords = new(StringComparer.Ordinal)
    {
        "flight", "flights", "ticket", "tickets", "fly", "vol", "vols", "billet", "billets", "aller-retour",
    };

    private static readonly HashSet<string> AirportWords = new(StringComparer.Ordinal) { "airport", "aéroport", "aeroport" };

    /// <summary>With the airport: when to be there ("how early should I be at the airport?", « combien de temps avant ? »).</summary>
    private static readonly HashSet<string> WhenWords = new(StringComparer.Ordinal)
    {
        "early", "time", "when", "before", "hours", "arrive", "get", "tôt", "tot", "heure", "heures", "quand", "avance", "avant",
        "arriver",
    };

    private readonly IAirlineBackend _airline;
    private readonly BrandTexts _texts;

    public TravelInfoDialog(IAirlineBackend airline, BrandTexts texts) : base(DialogId)
    {
        _airline = airline;
        _texts = texts;
        Add(new WaterfallDialog<NoState>(DialogId + ".steps").Step(AnswerAsync).Step(AirportTimeOfBookingAsync));
    }

    /// <summary>Whether the customer asks about travelling with an animal ("can I bring my dog?", « mon chat peut voyager ? »).</summary>
    public static bool AboutPets(string? text)
    {
        var said = CustomerWords.Of(text);
        return said.Any(PetWords.Contains)
            || said.Select((word, i) => word is "chat" or "chats" && i > 0 && CatDeterminers.Contains(said[i - 1])).Any(cat => cat);
    }

    private async Task<DialogTurnResult> AnswerAsync(WaterfallStep<NoState> step, CancellationToken cancellationToken)
    {
        var request = step.Result as FlowRequest;
        var text = request?.Text;
        // A pet's place is booked by a colleague: the rules first, then the offer of one who books it.
        if (AboutPets(text))
        {
            step.Send(_texts.TravelInfo.Pets);
            return await step.ReplaceAsync(HandoffDialog.DialogId,
                new HandoffOptions(HandoffReason.Assistance, text, Offer: _texts.Handoff.PetOffer), cancellationToken);
        }
        if (Topic(CustomerWords.Of(text)) is not { } answer)
            return await step.ReplaceAsync(HandoffDialog.DialogId, new HandoffOptions(HandoffReason.Question, text), cancellationToken);
        // "What time should I be at the airport?" about a booking named (its last name is asked if needed) or a flight known:
        // the time for that flight, not only the rule.
        if (answer == _texts.TravelInfo.AirportTime)
        {
            if (FlowRequest.Reference(request) is { } reference)
                return await step.BeginAsync(BookingLookupDialog.DialogId, reference, cancellationToken);
            if (await KnownFlightAsync(step.Context, text, cancellationToken) is { } flight) answer = AirportTime.For(flight, _texts);
        }
        step.Send(answer);
        return await step.EndAsync(FlowOutcome.Resolved, cancellationToken);
    }

    private async Task<DialogTurnResult> AirportTimeOfBookingAsync(WaterfallStep<NoState> step, CancellationToken cancellationToken)
    {
        step.Send(AirportTime.For(step.ResultAs<Booking>().Flight, _texts));
        return await step.EndAsync(FlowOutcome.Resolved, cancellationToken);
    }

    /// <summary>The flight named (its next departure), else the booking open in the conversation, else the flight last checked.</summary>
    private async Task<FlightStatus?> KnownFlightAsync(DialogContext dc, string? text, CancellationToken cancellationToken)
    {
        if (AirlineEntities.FlightNumber(text) is { } number)
        {
            var dates = await _airline.GetFlightDatesAsync(number, DateOnly.FromDateTime(dc.LocalNow), cancellationToken);
            return dates.Count > 0 ? await _airline.GetFlightStatusAsync(number, dates[0], cancellationToken) : null;
        }
        var customer = dc.Customer();
        if (customer.Booking is { } key && await _airline.FindBookingAsync(key, cancellationToken) is { } booking) return booking.Flight;
        return customer is { LastFlightNumber: { } last, LastFlightDate: { } date }
            ? await _airline.GetFlightStatusAsync(last, date, cancellationToken)
            : null;
    }

    private LocalizedText? Topic(string[] said) =>
        said.Any(WifiWords.Contains) ? _texts.TravelInfo.Wifi
        : said.Any(DocumentWords.Contains) ? _texts.TravelInfo.Documents
        : said.Any(SecurityWords.Contains) || (said.Any(BringWords.Contains) && said.Any(MealWords.Contains)) ? _texts.TravelInfo.Security
        : said.Any(MealWords.Contains) ? _texts.TravelInfo.Meals
        : said.Any(WhenWords.Contains) && said.Any(AirportWords.Contains) ? _texts.TravelInfo.AirportTime
        : said.Any(InfantWords.Contains) ? _texts.TravelInfo.Infants
        : said.Any(PriceWords.Contains) && said.Any(TicketWords.Contains) ? _texts.TravelInfo.Fares
        : null;
}
