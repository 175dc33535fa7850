using System.Collections.Frozen;
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
    private readonly Lock _gate = new();
    private WordIndex? _index;

    public IReadOnlyCollection<string> Intents => [.. _rules.Select(r => r.Intent).Distinct()];

    /// <summary>The patterns added with <see cref="AddPattern"/>, as they match.</summary>
    internal IEnumerable<Regex> Patterns => _rules.Where(r => r.Pattern is not null).Select(r => r.Pattern!);

    public IntentRecognizer Add(string intent, string language, params string[] phrases) => Add(intent, language, 1.0, phrases);

    public IntentRecognizer Add(string intent, string language, double weight, params string[] phrases)
    {
        lock (_gate)
        {
            foreach (var phrase in phrases)
            {
                var words = TextNormalizer.Tokens(phrase);
                var content = words.Where(w => !TextNormalizer.IsStopWord(w)).ToArray();
                if (words.Length == 0) continue;
                _rules.Add(new IntentRule(intent, Locales.Language(language), weight, phrase, words, content.Length > 0 ? content : words, null));
            }
            _index = null;
        }
        return this;
    }

    /// <summary>
    /// A regular expression tried on the raw text (case-insensitive); a match scores <paramref name="weight"/>. Compiled, and
    /// warmed up here: it runs on every message (interpreted, the brand's two patterns took 0.75 % of a loaded host's CPU samples).
    /// </summary>
    public IntentRecognizer AddPattern(string intent, string language, string pattern, double weight = 1.0)
    {
        var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(MatchTimeout.Milliseconds));
        // The first match compiles the code the regex runs: done here, since on a busy machine it can outlast the timeout,
        // which would read a message's flight number or reference as absent.
        try
        {
            regex.IsMatch("NM 1234 ABC123");
        }
        catch (RegexMatchTimeoutException)
        {
            // Compiled all the same; only this warm-up match was slow.
        }
        lock (_gate)
        {
            _rules.Add(new IntentRule(intent, Locales.Language(language), weight, pattern, [], [], regex));
            _index = null;
        }
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
        var index = Index();
        // A tapped button or list row whose value is an intent's name ("flightStatus") is that intent, even when the
        // message that offered it is an old one (WhatsApp lists stay tappable) or a template's quick reply.
        if (text?.Trim() is { Length: > 0 } name && index.IntentOrder.ContainsKey(name))
            return [new IntentMatch(name, 1.0, [$"the intent's own name '{name}' (a tapped choice)"])];
        var clipped = TextNormalizer.Clip(text);
        var tokens = TextNormalizer.Tokens(clipped);
        if (tokens.Length == 0) return [];
        var content = tokens.Where(t => !TextNormalizer.IsStopWord(t)).ToArray();
        if (content.Length == 0) content = tokens;
        var language = Locales.Language(locale);
        // Only rules sharing a word with the message (or a pattern) can score: the rest are not looked at.
        return [.. index.Candidates(content)
            .Select(i => _rules[i])
            .Select(rule => (rule, score: rule.Score(clipped, tokens, content, index.Vocabulary),
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
            .ThenBy(m => index.IntentOrder[m.Intent])];
    }

    private WordIndex Index()
    {
        if (Volatile.Read(ref _index) is { } index) return index;
        lock (_gate) return _index ??= new WordIndex(_rules);
    }

    /// <summary>
    /// Which rules a message's words can match: every distinct phrase word is filed under itself and, if it may take a
    /// typo (<see cref="TextNormalizer.MinTypoLength"/> letters or more), under each of its one-letter deletions. Two words one edit apart (insert, delete, substitute,
    /// swap) always share such a key, so looking up a message word and its own deletions finds every candidate, which
    /// <see cref="TextNormalizer.FuzzyEquals"/> then confirms.
    /// </summary>
    private sealed class WordIndex
    {
        private readonly string[] _words;
        private readonly int[][] _rulesOfWord;
        private readonly int[] _patternRules;
        private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _keys;

        public WordIndex(List<IntentRule> rules)
        {
            var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
            var rulesOfWord = new List<List<int>>();
            var patterns = new List<int>();
            for (var i = 0; i < rules.Count; i++)
            {
                if (rules[i].Pattern is not null) { patterns.Add(i); continue; }
                foreach (var word in rules[i].Content.Distinct())
                {
                    if (!wordIds.TryGetValue(word, out var id)) { wordIds[word] = id = wordIds.Count; rulesOfWord.Add([]); }
                    rulesOfWord[id].Add(i);
                }
            }
            _words = new string[wordIds.Count];
            Vocabulary = wordIds.Keys.ToFrozenSet(StringComparer.Ordinal);
            foreach (var (word, id) in wordIds) _words[id] = word;
            _rulesOfWord = [.. rulesOfWord.Select(r => r.ToArray())];
            _patternRules = [.. patterns];
            var keys = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
            foreach (var (word, id) in wordIds)
            {
                File(keys, word, id);
                if (word.Length >= TextNormalizer.MinTypoLength)
                    for (var d = 0; d < word.Length; d++) File(keys, string.Concat(word.AsSpan(0, d), word.AsSpan(d + 1)), id);
            }
            _keys = keys.ToDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            IntentOrder = [];
            foreach (var rule in rules) IntentOrder.TryAdd(rule.Intent, IntentOrder.Count);
        }

        public Dictionary<string, int> IntentOrder { get; }

        /// <summary>The phrases' words ("about" in "news about my flight"): in a message, each is itself, not a typo of another.</summary>
        public FrozenSet<string> Vocabulary { get; }

        /// <summary>Indexes of the rules that may score on these words, in registration order.</summary>
        public SortedSet<int> Candidates(string[] content)
        {
            var candidates = new SortedSet<int>(_patternRules);
            Span<char> small = stackalloc char[64];
            foreach (var token in content)
            {
                Collect(token, token, candidates);
                if (token.Length < TextNormalizer.MinTypoLength) continue;
                var buffer = token.Length <= small.Length ? small : new char[token.Length];
                for (var d = 0; d < token.Length; d++)
                {
                    token.AsSpan(0, d).CopyTo(buffer);
                    token.AsSpan(d + 1).CopyTo(buffer[d..]);
                    Collect(buffer[..(token.Length - 1)], token, candidates);
                }
            }
            return candidates;
        }

        private void Collect(ReadOnlySpan<char> key, string token, SortedSet<int> candidates)
        {
            if (!_keys.TryGetValue(key, out var ids)) return;
            foreach (var id in ids)
                if (IntentRule.Same(token, _words[id], Vocabulary)) candidates.UnionWith(_rulesOfWord[id]);
        }

        private static void File(Dictionary<string, HashSet<int>> keys, string key, int id)
        {
            if (!keys.TryGetValue(key, out var ids)) keys[key] = ids = [];
            ids.Add(id);
        }
    }
}
