namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// A message that asks something no flow covers ("what's the weather in Paris?", « y a-t-il un salon à Lyon ? ») or tells a
/// need at some length ("I left my jacket on the plane"): worth an honest "I can't answer that here" and the offer of a
/// colleague, where a word or two the bot did not get ("hmm", "hi, how are you?") is worth its menu. Greetings, small talk
/// and courtesy are not counted, nor a link's words (<see cref="SharedLink"/>); what is left must ask (a "?", or a question word first) or say enough.
/// </summary>
internal static class OpenQuestion
{
    private const int MinWords = 2;
    private const int StatementWords = 6;

    private static readonly HashSet<string> Courtesy = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "hiya", "howdy", "good", "morning", "afternoon", "evening", "there", "dear", "team", "how", "are",
        "you", "doing", "today", "please", "pls", "thanks", "thank", "anyone", "still", "again", "bonjour", "bonsoir", "salut",
        "coucou", "bjr", "slt", "rebonjour", "madame", "monsieur", "ça", "ca", "va", "comment", "allez-vous", "vas-tu", "allez",
        "vas", "vous", "tu", "svp", "stp", "merci", "plaît", "plait", "s", "il", "à", "tous", "ok", "okay", "hmm", "euh", "um",
    };

    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "can", "could", "is", "are", "do", "does", "did", "how", "what", "whats", "where", "wheres", "when", "why", "which", "who",
        "will", "would", "should", "may", "am", "have", "has", "any", "est-ce", "y", "peut-on", "puis-je", "pouvez-vous", "peux-tu",
        "peut-il", "comment", "combien", "où", "pourquoi", "quand", "quel", "quelle", "quels", "quelles", "qui", "faut-il",
        "dois-je", "avez-vous", "ai-je", "est-il", "a-t-on", "peut",
    };

    /// <summary>
    /// Whether a message asks something: a "?" at its end, or its last sentence starting with a question word after any courtesy ("k thx.
    /// how much is extra bag", written without the "?" as texts often are).
    /// </summary>
    public static bool Asks(string? text)
    {
        if (text is null) return false;
        if (text.TrimEnd().EndsWith('?')) return true;
        var last = text.Split(['.', '!', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        var asked = CustomerWords.Of(last).SkipWhile(w => Courtesy.Contains(w) && !QuestionWords.Contains(w)).FirstOrDefault();
        return asked is not null && QuestionWords.Contains(asked);
    }

    public static bool In(string? text)
    {
        text = SharedLink.Without(text);
        var words = CustomerWords.Of(text);
        var asked = words.SkipWhile(w => Courtesy.Contains(w) && !QuestionWords.Contains(w)).ToArray();
        if (words.Count(w => !Courtesy.Contains(w)) < MinWords) return false;
        return text!.Contains('?') || (asked.Length > 0 && QuestionWords.Contains(asked[0])) || words.Length >= StatementWords;
    }
}
