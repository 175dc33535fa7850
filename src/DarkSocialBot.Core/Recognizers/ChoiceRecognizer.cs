using System.Text.RegularExpressions;

namespace DarkSocialBot.Core.Recognizers;

/// <summary>
/// Which of the offered options the customer meant: the option's value, title or a synonym (whole or in part, small typos
/// allowed), its number ("2", "#2", "option 2", "two"), or an ordinal ("the second one", "le deuxième", "last one",
/// "le dernier"). Returns null when nothing matches or two options match equally well.
/// </summary>
public static partial class ChoiceRecognizer
{
    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices, string locale)
    {
        if (choices.Count == 0) return null;
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0) return null;

        for (var i = 0; i < choices.Count; i++)
            if (Candidates(choices[i], locale).Any(c => TextNormalizer.OfferedText(c).Normalized == normalized))
                return new FoundChoice(choices[i].Value, i, 1.0, $"exact \"{normalized}\"");

        if (OptionNumber().Match(normalized) is { Success: true } number
            && int.TryParse(number.Groups[1].Value, out var n) && n >= 1 && n <= choices.Count)
            return new FoundChoice(choices[n - 1].Value, n - 1, 1.0, $"option number {n}");

        // "the 7:00 one", « celui de 7h »: a time of day names no option by its number.
        return BestWordMatch(normalized, choices, locale)
            ?? (TimeOfDay().IsMatch(text!) ? null : Ordinal(text, choices, locale) ?? SpelledNumber(text, choices, locale));
    }

    private static FoundChoice? BestWordMatch(string normalized, IReadOnlyList<Choice> choices, string locale)
    {
        var input = normalized.Split(' ').Where(t => !TextNormalizer.IsStopWord(t)).ToArray();
        if (input.Length == 0) return null;
        var scored = new List<(int Index, double Score, int Matched, string Evidence)>();
        for (var i = 0; i < choices.Count; i++)
        {
            var best = (Score: 0.0, Matched: 0, Evidence: "");
            foreach (var candidate in Candidates(choices[i], locale))
            {
                var words = TextNormalizer.OfferedText(candidate).Content;
                if (words.Length == 0) continue;
                var hits = 0;
                foreach (var word in words)
                    if (TextNormalizer.ContainsFuzzy(input, word)) hits++;
                if (hits == 0) continue;
                // Coverage of the option's words, with a small penalty for words the customer added.
                var score = (double)hits / words.Length * (0.9 + 0.1 * hits / input.Length);
                if (score > best.Score)
                    best = (score, hits, $"words \"{string.Join(' ', words.Where(w => TextNormalizer.ContainsFuzzy(input, w)))}\" of \"{candidate}\"");
            }
            if (best.Score > 0) scored.Add((i, best.Score, best.Matched, best.Evidence));
        }
        if (scored.Count == 0) return null;
        var ranked = scored.OrderByDescending(s => s.Score).ThenByDescending(s => s.Matched).ToArray();
        if (ranked.Length > 1 && Math.Abs(ranked[0].Score - ranked[1].Score) < 0.05) return null;
        var top = ranked[0];
        return new FoundChoice(choices[top.Index].Value, top.Index, Math.Round(top.Score, 3), top.Evidence);
    }

    private static FoundChoice? Ordinal(string? text, IReadOnlyList<Choice> choices, string locale) =>
        NumberRecognition.RecognizeOrdinal(text, locale, choices.Count) is { } position
            ? new FoundChoice(choices[position - 1].Value, position - 1, 0.9, $"ordinal {position}")
            : null;

    private static FoundChoice? SpelledNumber(string? text, IReadOnlyList<Choice> choices, string locale)
    {
        // Only a bare number ("two", "deux"): inside a sentence a number is usually something else.
        if (TextNormalizer.Tokens(text).Count(t => !TextNormalizer.IsStopWord(t)) > 2) return null;
        return NumberRecognition.RecognizeNumber(text, locale) is { } number && number == decimal.Truncate(number)
            && number >= 1 && number <= choices.Count
            ? new FoundChoice(choices[(int)number - 1].Value, (int)number - 1, 0.9, $"number {number}")
            : null;
    }

    private static IEnumerable<string> Candidates(Choice choice, string locale)
    {
        yield return choice.Value;
        yield return choice.TitleFor(locale);
        if (choice.Title is not null)
            foreach (var title in choice.Title.Texts.Values) yield return title;
        foreach (var synonym in choice.Synonyms ?? []) yield return synonym;
    }

    /// <summary>Whether the text names a time of day ("7:00", "2pm", « 7h », « 7h30 »), which is never an option's number.</summary>
    public static bool NamesATimeOfDay(string text) => TimeOfDay().IsMatch(text);

    [GeneratedRegex(@"(?<!\d)\d{1,2}(?:\s*[:h.]\s*\d{2}(?!\d)|\s*h(?!\p{L})|\s*[ap]\.?\s?m\b\.?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"^(?:#|n|no|nr|number|numero|option|choice|choix)?\s*°?\s*(\d{1,3})$")]
    private static partial Regex OptionNumber();
}
