using System.Collections.Frozen;
using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Core.Sentiment;

/// <summary>
/// Scores the sentiment of a short customer message with VADER's method: the VADER lexicon for English, our own lexicon and
/// rules for French. The locale picks the language ("fr", "fr-FR", "en-GB"); without one, <see cref="LanguageGuess"/> decides,
/// English when it cannot. Immutable after construction: use <see cref="Default"/> as a singleton from any thread.
/// </summary>
public sealed class SentimentAnalyzer
{
    private readonly ValenceScorer _english;
    private readonly ValenceScorer _french;

    private SentimentAnalyzer()
    {
        var vader = LexiconLoader.Load("vader_lexicon.tsv", fold: false).ToFrozenDictionary(StringComparer.Ordinal);
        var emoji = LexiconLoader.Load("emoji.tsv", fold: false).ToFrozenDictionary(StringComparer.Ordinal);
        var french = LexiconLoader.Load("fr_lexicon.tsv", fold: true).ToFrozenDictionary(StringComparer.Ordinal);
        _english = new ValenceScorer(EnglishRules.Create(vader, emoji));
        _french = new ValenceScorer(FrenchRules.Create(french, emoji, vader));
    }

    public static SentimentAnalyzer Default { get; } = new();

    /// <summary>Scores a message. Never throws: null, empty or wordless input is neutral (compound 0).</summary>
    public SentimentScore Analyze(string? text, string? locale = null)
    {
        var language = LanguageOfLocale(locale);
        if (string.IsNullOrWhiteSpace(text)) return SentimentScore.Empty(language ?? "en");
        language ??= LanguageGuess.Detect(text).Language ?? "en";
        return (language == "fr" ? _french : _english).Score(text);
    }

    /// <summary>"fr", "fr-FR", "fr_CA" -> "fr"; "en…" -> "en"; anything else -> null (detect).</summary>
    public static string? LanguageOfLocale(string? locale) => Locales.Language(locale) switch
    {
        "fr" => "fr",
        "en" => "en",
        _ => null,
    };
}
