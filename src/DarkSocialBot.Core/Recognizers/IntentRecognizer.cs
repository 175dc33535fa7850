using System.Text.RegularExpressions;
using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Core.Recognizers;

/// <summary>
/// Deterministic, explainable intent routing: each intent has phrases (and optional regex patterns) per language with
/// weights. Matching ignores case, accents and stop words and tolerates one typo in words of 4+ letters. A phrase found
/// whole scores its weight; found in pieces, less; a message that says much more than the phrase scores a little less.
/// Phrases of the customer's language count fully, other languages' at 0.9 (people mix languages), "*" is any language.
/// <code>
/// var intents = new IntentRecognizer()
///     .Add("agent", "en", "talk to an agent", "human", "real person")
///     .Add("agent", "fr", "parler à un conseiller", "humain")
///     .AddPattern("booking", "*", @"\b[A-Z0-9]{6}\b", weight: 0.7);
/// var match = intents.Recognize("can I talk to a humain", "en-US"); // agent 0.9x, evidence "word 'humain'..."
/// </code>
/// </summary>
public sealed class IntentRecognizer
{
    public const string AnyLanguage = "*";
    private readonly List<IntentRule> _rules = [];

    public IReadOnlyCollection<string> Intents => [.. _rules.Select(r => r.Intent).Distinct()];

    public IntentRecognizer Add(string intent, string language, params string[] phrases) => Add(intent, language, 1.0, phrases);

    public IntentRecognizer Add(string intent, string language, double weight, params string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            var words = TextNormalizer.Tokens(phrase);
            var content = words.Where(w => !TextNormalizer.IsStopWord(w)).ToArray();
            if (words.Length == 0) continue;
            _rules.Add(new IntentRule(intent, Locales.Language(language), weight, phrase, words, content.Length > 0 ? content : words, null));
        }
        return this;
    }

    /// <summary>A regular expression tried on the raw text (case-insensitive); a match scores <paramref name="weight"/>.</summary>
    public IntentRecognizer AddPattern(string intent, string language, string pattern, double weight = 1.0)
    {
        var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        _rules.Add(new IntentRule(intent, Locales.Language(language), weight, pattern, [], [], regex));
        return this;
    }

    /// <summary>The best intent scoring at least <paramref name="minScore"/>, or null.</summary>
    public IntentMatch? Recognize(string? text, string locale, double minScore = 0.6)
    {
        var all = RecognizeAll(text, locale);
        return all.Count > 0 && all[0].Score >= minScore ? all[0] : null;
    }

    /// <summary>Every intent with any evidence, best first (ties broken by registration order).</summary>
    public IReadOnlyList<IntentMatch> RecognizeAll(string? text, string locale)
    {
        var clipped = TextNormalizer.Clip(text);
        var tokens = TextNormalizer.Tokens(clipped);
        if (tokens.Length == 0) return [];
        var content = tokens.Where(t => !TextNormalizer.IsStopWord(t)).ToArray();
        if (content.Length == 0) content = tokens;
        var language = Locales.Language(locale);
        var order = _rules.Select(r => r.Intent).Distinct().ToList();
        return [.. _rules
            .Select(rule => (rule, score: rule.Score(clipped, tokens, content),
                factor: rule.Language == language || rule.Language == AnyLanguage ? 1.0 : 0.9))
            .Where(x => x.score.Value > 0)
            .GroupBy(x => x.rule.Intent)
            .Select(g =>
            {
                var hits = g.OrderByDescending(x => x.score.Value * x.factor).ToArray();
                var best = hits[0].score.Value * hits[0].factor;
                var corroborating = hits.Skip(1).Count(x => x.score.Value >= 0.5);
                var score = Math.Min(1.0, best + 0.05 * corroborating);
                return new IntentMatch(g.Key, Math.Round(score, 3),
                    [.. hits.Select(x => x.factor < 1 ? $"{x.score.Evidence} [{x.rule.Language}]" : x.score.Evidence)]);
            })
            .OrderByDescending(m => m.Score)
            .ThenBy(m => order.IndexOf(m.Intent))];
    }
}
