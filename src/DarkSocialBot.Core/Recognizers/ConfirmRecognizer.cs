namespace DarkSocialBot.Core.Recognizers;

/// <summary>
/// Yes or no in English or French, whatever the customer's locale (people switch): words, short phrases, emoji,
/// small typos in words of 4+ letters. Both a yes and a no ("not sure", "yes no") is not an answer, and neither is "I don't
/// know" (« je sais pas »), whose "don't" or « pas » is no refusal.
/// </summary>
public static class ConfirmRecognizer
{
    // Not knowing is no answer: "i don t" and « pas » would read these as a no.
    private static readonly string[][] Unsure =
    [
        .. new[] { "i don t know", "i do not know", "don t know", "dunno", "no idea", "not sure", "je sais pas", "je ne sais pas",
            "sais pas", "aucune idee", "pas sur", "pas sure" }.Select(p => p.Split(' ')),
    ];

    // Phrases first: they would otherwise read as their single words ("no problem" is a yes).
    private static readonly (string[] Words, bool Value)[] Phrases =
    [
        .. Words(true, "no problem", "no worries", "of course", "go ahead", "sounds good", "why not", "please do", "pas de probleme",
            "pas de souci", "pas de soucis", "sans probleme", "bien sur", "d accord", "ca marche", "pourquoi pas", "avec plaisir",
            "c est bon", "vas y"),
        .. Words(false, "no thanks", "no thank you", "not really", "not now", "non merci", "pas vraiment", "pas du tout", "pas maintenant",
            "surtout pas", "i don t", "i do not", "don t", "je ne veux pas"),
    ];

    private static readonly string[] Yes =
    [
        "yes", "y", "yeah", "yea", "yep", "yup", "ya", "sure", "ok", "okay", "okey", "k", "kk", "alright", "correct", "right", "absolutely",
        "definitely", "certainly", "affirmative", "confirm", "confirmed", "agreed", "fine", "perfect", "oui", "ouais", "ouai", "ouep",
        "si", "dac", "daccord", "exactement", "parfait", "volontiers", "certainement", "absolument", "evidemment", "confirme",
        "👍", "👌", "✅", "✔", "🆗", "🙆",
    ];

    private static readonly string[] No =
    [
        "no", "n", "nope", "nah", "nay", "not", "never", "negative", "wrong", "non", "nan", "pas", "jamais", "negatif",
        "aucunement", "👎", "❌", "✖", "🚫", "🙅",
    ];

    /// <summary>true for yes, false for no, null when the text says neither or both.</summary>
    public static bool? Recognize(string? text)
    {
        var tokens = TextNormalizer.Tokens(text).ToList();
        if (tokens.Count == 0 || Unsure.Any(words => IndexOf(tokens, words) >= 0)) return null;
        bool sawYes = false, sawNo = false;
        foreach (var (words, value) in Phrases)
        {
            var at = IndexOf(tokens, words);
            if (at < 0) continue;
            if (value) sawYes = true;
            else sawNo = true;
            tokens.RemoveRange(at, words.Length);
        }
        foreach (var token in tokens)
        {
            // "y"/"n" only as a whole answer: in a sentence they are other words ("il y a").
            if (token.Length == 1 && char.IsLetter(token[0]) && tokens.Count > 1) continue;
            if (Yes.Any(w => TextNormalizer.FuzzyEquals(token, w, ShortWordTypo))) sawYes = true;
            else if (No.Any(w => TextNormalizer.FuzzyEquals(token, w, ShortWordTypo))) sawNo = true;
        }
        return sawYes == sawNo ? null : sawYes;
    }

    /// <summary>Yes and no are a short closed list: "nope" may take a typo ("nopee") though intents' 4-letter words do not.</summary>
    private const int ShortWordTypo = 4;

    private static IEnumerable<(string[] Words, bool Value)> Words(bool value, params string[] phrases) =>
        phrases.Select(p => (p.Split(' '), value));

    private static int IndexOf(List<string> tokens, string[] words)
    {
        for (var i = 0; i + words.Length <= tokens.Count; i++)
            if (words.Select((w, j) => TextNormalizer.FuzzyEquals(tokens[i + j], w)).All(x => x)) return i;
        return -1;
    }
}
