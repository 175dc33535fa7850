using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Sentiment;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// The bot answers in the language of the customer's request: when a new request is clearly in English or French
/// (<see cref="LanguageGuess"/>) and the conversation speaks the other one, it switches for the rest of the conversation.
/// Answers inside a flow ("oui", "Dupont", "my booking is ABC123") never switch it, and neither does anything once the
/// customer chose a language themselves ("en français").
/// </summary>
internal static class CustomerLanguage
{
    public const double MinConfidence = 0.5;

    public static void Follow(DialogContext dc)
    {
        if (dc.Customer().LanguageChosen) return;
        var guess = LanguageGuess.Detect(dc.Activity.Text);
        if (guess.Language is not { } language || guess.Confidence < MinConfidence || language == Locales.Language(dc.Locale)) return;
        dc.SwitchLocale(language == "fr" ? "fr-FR" : "en-US");
    }
}
