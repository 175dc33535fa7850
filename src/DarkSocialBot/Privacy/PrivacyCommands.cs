using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Privacy;

/// <summary>The customer's privacy requests, in English and French, recognised in any flow.</summary>
internal static class PrivacyCommands
{
    public const string Erase = "erase";
    public const string Access = "access";

    /// <summary>High: a privacy command must be what the message is about, not a word in another request.</summary>
    private const double MinScore = 0.85;

    private static readonly IntentRecognizer Intents = new IntentRecognizer()
        .Add(Erase, "en", "delete my data", "erase my data", "delete my personal data", "remove my data", "delete all my data",
            "delete everything you have about me", "right to be forgotten")
        // Only as said: "forget it" (never mind) has the same content word, and must not offer to erase everything.
        .Add(Erase, "en", 0.9, "forget me")
        .Add(Erase, "fr", "supprimer mes données", "supprimez mes données", "effacer mes données", "effacez mes données",
            "supprimer mes données personnelles", "supprimer toutes mes données", "oubliez-moi", "droit à l'oubli")
        .Add(Access, "en", "what do you know about me", "what data do you have about me", "what data do you have on me",
            "what information do you have about me", "show me my data", "what do you store about me",
            "export my data", "send me my data", "download my data", "a copy of my data", "give me my data")
        .Add(Access, "fr", "que savez-vous sur moi", "que savez-vous de moi", "quelles données avez-vous sur moi",
            "qu'est-ce que vous savez sur moi", "montrez-moi mes données", "quelles informations avez-vous sur moi",
            "exporter mes données", "envoyez-moi mes données", "télécharger mes données", "une copie de mes données");

    /// <returns><see cref="Erase"/>, <see cref="Access"/> or null.</returns>
    public static string? Recognize(string? text, string locale) =>
        text is { Length: <= 200 } && Intents.Recognize(text, locale, MinScore) is { } match ? match.Intent : null;
}
