using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Intents;
using DarkSocialBot.Dialogs.Prompts;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// Baggage questions: the allowance of the customer's booking (cabin and checked bags, weights, by cabin and fare). A bare
/// "baggage" first asks whether it is about the allowance or a lost bag (which continues in <see cref="LostBagDialog"/>).
/// Liquids in the cabin, sports equipment, power banks, musical instruments and adding a checked bag follow the same rules for every fare, and a fare named in the question ("economy
/// light", « business flex ») has its own allowance: all answered at once, without the booking.
/// </summary>
internal sealed class BaggageDialog : ComponentDialog
{
    public const string DialogId = "baggage";
    private const string Steps = DialogId + ".steps";
    private const int BareRequestWords = 2;

    /// <summary>Words that already say the question is the allowance ("baggage allowance", « franchise bagage »): no topic to ask.</summary>
    private static readonly HashSet<string> AllowanceWords = new(StringComparer.Ordinal)
    {
        "allowance", "allowed", "weight", "kg", "kilos", "franchise", "poids", "autorisé", "autorisés", "autorise", "combien",
    };

    private static readonly HashSet<string> LiquidWords = new(StringComparer.Ordinal)
    {
        "liquid", "liquids", "liquide", "liquides", "gel", "gels", "aerosol", "aerosols", "aérosol", "aérosols", "100ml", "ml",
        "shampoo", "shampooing", "toiletries",
    };

    private static readonly HashSet<string> SportsWords = new(StringComparer.Ordinal)
    {
        "sport", "sports", "sportif", "golf", "ski", "skis", "snowboard", "bike", "bicycle", "vélo", "velo", "surf", "surfboard",
        "kitesurf", "canoe", "kayak",
    };

    private static readonly HashSet<string> InstrumentWords = new(StringComparer.Ordinal)
    {
        "instrument", "instruments", "guitar", "guitars", "violin", "viola", "cello", "ukulele", "flute", "trumpet", "saxophone",
        "sax", "clarinet", "keyboard", "guitare", "guitares", "violon", "alto", "violoncelle", "flûte", "trompette", "clarinette",
    };

    private static readonly HashSet<string> PowerBankWords = new(StringComparer.Ordinal)
    {
        "power", "powerbank", "powerbanks", "battery", "batteries", "batterie", "lithium", "e-cigarette", "e-cigarettes", "vape",
        "vapoteuse", "chargeur", "charger",
    };

    // "can I add an extra suitcase?", « ajouter une valise »: a word of adding beside a word for a bag.
    private static readonly HashSet<string> ExtraWords = new(StringComparer.Ordinal)
    {
        "extra", "additional", "another", "add", "adding", "more", "second", "buy", "supplémentaire", "supplementaire", "ajouter",
        "rajouter", "ajout", "deuxième", "deuxieme", "acheter", "autre",
    };

    private static readonly HashSet<string> BagWords = new(StringComparer.Ordinal)
    {
        "bag", "bags", "suitcase", "suitcases", "luggage", "baggage", "valise", "valises", "bagage", "bagages",
    };

    // "another bag in the cabin" is the cabin allowance, not a checked bag to add.
    private static readonly HashSet<string> CabinWords = new(StringComparer.Ordinal) { "cabin", "hand", "carry", "carry-on", "cabine", "main" };

    private static readonly Dictionary<string, Fare> FareWords = new(StringComparer.Ordinal)
    {
        ["light"] = Fare.Light, ["standard"] = Fare.Standard, ["flex"] = Fare.Flex,
    };

    private static readonly HashSet<string> BusinessWords = new(StringComparer.Ordinal) { "business", "affaires" };

    private readonly IAirlineBackend _airline;
    private readonly BrandTexts _texts;

    public BaggageDialog(IAirlineBackend airline, BrandTexts texts) : base(DialogId)
    {
        _airline = airline;
        _texts = texts;
        Add(new WaterfallDialog<BookingKeyState>(Steps)
            .Step(AskTopicAsync)
            .Step(OpenBookingAsync)
            .Step(ShowAllowanceAsync));
        Add(new BaggageTopicPrompt(BrandPrompts.BaggageTopic));
    }

    private async Task<DialogTurnResult> AskTopicAsync(WaterfallStep<BookingKeyState> step, CancellationToken cancellationToken)
    {
        var request = step.Result as FlowRequest;
        var text = request?.Text ?? "";
        var said = CustomerWords.Of(text);
        var rule = said.Any(LiquidWords.Contains) ? _texts.Baggage.Liquids
            : said.Any(SportsWords.Contains) ? _texts.Baggage.SportsEquipment
            : said.Any(PowerBankWords.Contains) ? _texts.Baggage.PowerBanks
            : said.Any(InstrumentWords.Contains) ? _texts.Baggage.Instruments
            : AddsABag(said) && said.Any(BagWords.Contains) && !said.Any(CabinWords.Contains) ? _texts.Baggage.ExtraBag
            : null;
        if (rule is not null)
        {
            step.Send(rule);
            return await step.EndAsync(FlowOutcome.Resolved, cancellationToken);
        }
        var reference = AirlineEntities.BookingReference(text);
        if (reference is null && said.FirstOrDefault(FareWords.ContainsKey) is { } fareWord)
        {
            var (cabin, fare) = (said.Any(BusinessWords.Contains) ? Cabin.Business : Cabin.Economy, FareWords[fareWord]);
            var allowance = await _airline.GetFareAllowanceAsync(cabin, fare, cancellationToken);
            SendAllowance(step, allowance, cabin, fare, _texts.Baggage.FareAllowance, _texts.Baggage.FareAllowanceNoChecked);
            return await step.EndAsync(FlowOutcome.Resolved, cancellationToken);
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > BareRequestWords || reference is not null || said.Any(AllowanceWords.Contains))
            return await step.NextAsync(request, cancellationToken);
        Choice[] topics = [new(BrandIntents.Baggage, _texts.Menu.Allowance), new(BrandIntents.LostBag, _texts.Menu.LostBag)];
        return await step.PromptAsync(BrandPrompts.BaggageTopic, _texts.Baggage.AskTopic, cancellationToken, topics);
    }

    // « une valise en plus »: "en plus" is French for extra; "plus" alone is not (« je n'ai plus ma valise »).
    private static bool AddsABag(string[] said) =>
        said.Any(ExtraWords.Contains) || said.Zip(said.Skip(1)).Any(pair => pair is ("en", "plus"));

    private Task<DialogTurnResult> OpenBookingAsync(WaterfallStep<BookingKeyState> step, CancellationToken cancellationToken)
    {
        // A topic picked before this prompt took words (a stored question of an earlier version) is a FoundChoice.
        if (step.Result is FoundChoice { Value: BrandIntents.LostBag } or BaggageTopicPrompt.Topic { Intent: BrandIntents.LostBag })
            return step.ReplaceAsync(LostBagDialog.DialogId, new FlowRequest(BrandIntents.LostBag, (step.Result as BaggageTopicPrompt.Topic)?.Words),
                cancellationToken);
        // The baggage question in the customer's words ("how many bags can I take?"): answered as if asked first.
        if (step.Result is BaggageTopicPrompt.Topic { Words: { } words })
            return step.ReplaceAsync(Steps, new FlowRequest(BrandIntents.Baggage, words), cancellationToken);
        return step.BeginAsync(BookingLookupDialog.DialogId, FlowRequest.Reference(step.Result as FlowRequest), cancellationToken);
    }

    private async Task<DialogTurnResult> ShowAllowanceAsync(WaterfallStep<BookingKeyState> step, CancellationToken cancellationToken)
    {
        var booking = step.ResultAs<Booking>();
        if (await _airline.GetBaggageAllowanceAsync(booking.Key, cancellationToken) is not { } allowance)
            return await step.EndAsync(FlowOutcome.NotResolved, cancellationToken);
        SendAllowance(step, allowance, booking.Cabin, booking.Fare, _texts.Baggage.Allowance, _texts.Baggage.AllowanceNoChecked);
        return await step.EndAsync(FlowOutcome.Resolved, cancellationToken);
    }

    private void SendAllowance(WaterfallStep<BookingKeyState> step, BaggageAllowance allowance, Cabin cabin, Fare fare,
        Core.Localization.LocalizedText withChecked, Core.Localization.LocalizedText withoutChecked) =>
        step.Send((allowance.CheckedBags > 0 ? withChecked : withoutChecked).Fill(("fare", FlightFacts.FareName(fare, _texts)),
            ("cabin", FlightFacts.CabinName(cabin, _texts)), ("cabinBags", allowance.CabinBags), ("cabinKilos", allowance.CabinKilos),
            ("checkedBags", allowance.CheckedBags), ("checkedKilos", allowance.CheckedKilos)));
}
