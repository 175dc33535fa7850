using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Sentiment;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// Whether a request was said unhappily ("this is the 3rd time NM 1234 is late, I'm furious", « encore en retard, j'en ai
/// marre »): the bot then says it is sorry, and offers a colleague after answering. A plain question about a delay ("is my
/// flight delayed?", « mon vol est retardé ? », about -0.2 to -0.36) stays below the bar.
/// </summary>
internal static class Feeling
{
    /// <summary>The compound score (-1..1) at or under which a request counts as said unhappily.</summary>
    public const double UnhappyScore = -0.4;

    public static bool IsUnhappy(string? text, string locale) =>
        !string.IsNullOrWhiteSpace(text) && SentimentAnalyzer.Default.Analyze(text, Locales.Language(locale)).Compound <= UnhappyScore;
}
