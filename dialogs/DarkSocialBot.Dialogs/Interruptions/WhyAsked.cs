using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Dialogs.Flows;
using DarkSocialBot.Dialogs.Prompts;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Interruptions;

/// <summary>
/// "why do you need my name?", « pourquoi vous demandez ça ? » at a question: why the bot asks, said briefly, about what the
/// customer names (their name, the reference, the seat, the flight, the day) or else about the question waiting; the question
/// is then asked again. It got "Sorry, I didn't get that".
/// </summary>
internal static class WhyAsked
{
    private const int MaxWords = 12;

    private static readonly HashSet<string> WhyWords = new(StringComparer.Ordinal) { "why", "pourquoi", "pq", "pk" };

    /// <summary>Words that make "why" about the bot's asking, not about the trip ("why is my flight late?").</summary>
    private static readonly HashSet<string> AskWords = new(StringComparer.Ordinal)
    {
        "need", "needs", "ask", "asking", "asked", "want", "require", "besoin", "demandez", "demander", "demande", "faut", "voulez",
        "veux", "veut", "ça", "ca",
    };

    private static readonly HashSet<string> NameWords = new(StringComparer.Ordinal) { "name", "surname", "lastname", "nom", "prénom", "prenom" };
    private static readonly HashSet<string> ReferenceWords = new(StringComparer.Ordinal)
        { "reference", "ref", "booking", "pnr", "confirmation", "référence", "réservation", "reservation", "dossier" };
    private static readonly HashSet<string> SeatWords = new(StringComparer.Ordinal)
        { "seat", "window", "aisle", "preference", "siège", "siege", "place", "hublot", "fenêtre", "fenetre", "couloir", "préférence" };
    private static readonly HashSet<string> FlightWords = new(StringComparer.Ordinal) { "flight", "number", "vol", "numéro", "numero" };
    private static readonly HashSet<string> DateWords = new(StringComparer.Ordinal) { "day", "date", "when", "jour", "quand" };

    /// <summary>The explanation, or null when the message is no such question.</summary>
    public static LocalizedText? Explain(string? text, string prompt, WhyTexts texts)
    {
        var said = CustomerWords.Of(text);
        if (said.Length is 0 or > MaxWords || !said.Any(WhyWords.Contains)
            || !(said.Length == 1 || said.Any(AskWords.Contains))) return null;
        return said.Any(NameWords.Contains) ? texts.Name
            : said.Any(ReferenceWords.Contains) ? texts.Reference
            : said.Any(SeatWords.Contains) ? texts.Seat
            : said.Any(FlightWords.Contains) ? texts.Flight
            : said.Any(DateWords.Contains) ? texts.Date
            : prompt switch
            {
                BrandPrompts.LastName => texts.Name,
                BrandPrompts.BookingReference or BrandPrompts.ReferenceOrName => texts.Reference,
                BrandPrompts.Seat or SeatChangeDialog.PreferencePrompt => texts.Seat,
                BrandPrompts.FlightQuery => texts.Flight,
                BrandPrompts.Date => texts.Date,
                _ => texts.Other,
            };
    }
}
