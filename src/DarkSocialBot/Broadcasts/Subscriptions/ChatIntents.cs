using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Broadcasts.Subscriptions;

/// <summary>
/// Reads subscription requests in chat, in English or French, from the phrases in <see cref="BroadcastTexts"/>:
/// unsubscribe (optionally from one topic or flight), a flight to follow, a topic to receive.
/// </summary>
internal sealed partial class ChatIntents
{
    public const string Unsubscribe = "unsubscribe";
    public const string Flight = "flight";
    public const string TopicPrefix = "topic:";
    private readonly IntentRecognizer _recognizer = new();
    private readonly Dictionary<string, string[]> _topicWords = new(StringComparer.Ordinal);

    public ChatIntents(BroadcastTexts texts)
    {
        foreach (var (intent, byLanguage) in texts.Intents)
            foreach (var (language, phrases) in byLanguage)
                _recognizer.Add(intent, language, phrases);
        foreach (var (intent, byLanguage) in texts.Intents.Where(i => i.Key.StartsWith(TopicPrefix, StringComparison.Ordinal)))
            _topicWords[intent[TopicPrefix.Length..]] = [.. texts.TopicNames[intent[TopicPrefix.Length..]].Texts.Values
                .SelectMany(name => Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 3)];
    }

    // Airline designator (two letters, or a letter and a digit) and 1-4 digits: "KL1234", "kl 1234" only upper-case with a space.
    [GeneratedRegex(@"\b(?:([A-Za-z]{2}|[A-Za-z][0-9]|[0-9][A-Za-z])([0-9]{1,4})|([A-Z]{2}|[A-Z][0-9]|[0-9][A-Z]) ([0-9]{1,4}))\b", RegexOptions.CultureInvariant, MatchTimeout.Milliseconds)]
    private static partial Regex FlightNumber();

    public IntentMatch? Recognize(string text, string locale) => _recognizer.Recognize(text, locale, minScore: 0.75);

    public static string? FindFlightNumber(string text)
    {
        foreach (Match match in FlightNumber().Matches(text))
        {
            var designator = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[3].Value;
            var number = match.Groups[2].Success ? match.Groups[2].Value : match.Groups[4].Value;
            if (designator.Any(char.IsLetter)) return (designator + number).ToUpperInvariant();
        }
        return null;
    }

    /// <summary>A configured topic named in the text ("offers", "actualités"), if any.</summary>
    public string? FindTopic(string text)
    {
        var words = Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var (topic, names) in _topicWords)
            if (words.Any(w => names.Contains(w) || w == topic)) return topic;
        return null;
    }

    /// <summary>Lower case, no accents, words separated by single spaces.</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
