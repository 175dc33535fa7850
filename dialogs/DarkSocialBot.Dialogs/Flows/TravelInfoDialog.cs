using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Dialogs.Handoff;
using DarkSocialBot.Dialogs.Intents;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// Common travel questions with one answer for every passenger ("is there wifi on board?", « y a-t-il des repas à bord ? »,
/// "do I need a passport for London?", "how early should I be at the airport?"), answered at once as <see cref="BaggageDialog"/> answers liquids: the topic is read
/// from the customer's words. A question the words do not place is offered to a colleague, as any question no flow answers.
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

    private static readonly HashSet<string> AirportWords = new(StringComparer.Ordinal) { "airport", "aéroport", "aeroport" };

    /// <summary>With the airport: when to be there ("how early should I be at the airport?", « combien de temps avant ? »).</summary>
    private static readonly HashSet<string> WhenWords = new(StringComparer.Ordinal)
    {
        "early", "time", "when", "before", "hours", "arrive", "get", "tôt", "tot", "heure", "heures", "quand", "avance", "avant",
        "arriver",
    };

    private readonly BrandTexts _texts;

    public TravelInfoDialog(BrandTexts texts) : base(DialogId)
    {
        _texts = texts;
        Add(new WaterfallDialog<NoState>(DialogId + ".steps").Step(AnswerAsync));
    }

    private Task<DialogTurnResult> AnswerAsync(WaterfallStep<NoState> step, CancellationToken cancellationToken)
    {
        var text = (step.Result as FlowRequest)?.Text;
        if (Topic(CustomerWords.Of(text)) is not { } answer)
            return step.ReplaceAsync(HandoffDialog.DialogId, new HandoffOptions(HandoffReason.Question, text), cancellationToken);
        step.Send(answer);
        return step.EndAsync(FlowOutcome.Resolved, cancellationToken);
    }

    private LocalizedText? Topic(string[] said) =>
        said.Any(WifiWords.Contains) ? _texts.TravelInfo.Wifi
        : said.Any(DocumentWords.Contains) ? _texts.TravelInfo.Documents
        : said.Any(MealWords.Contains) ? _texts.TravelInfo.Meals
        : said.Any(WhenWords.Contains) && said.Any(AirportWords.Contains) ? _texts.TravelInfo.AirportTime
        : null;
}
