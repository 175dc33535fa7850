using System.Collections.Frozen;

namespace DarkSocialBot.Core.Sentiment;

/// <summary>
/// English: the VADER lexicon and VADER's own rule lists (negations, degree adverbs, special-case idioms) as published in
/// cjhutto/vaderSentiment (MIT; Hutto &amp; Gilbert 2014). See THIRD-PARTY-NOTICES.md.
/// </summary>
internal static class EnglishRules
{
    public const double Increment = 0.293;
    public const double Decrement = -0.293;

    public static LanguageRules Create(FrozenDictionary<string, double> vader, FrozenDictionary<string, double> emoji)
    {
        string[] up =
        [
            "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably", "decidedly", "deeply", "effing",
            "enormous", "enormously", "entirely", "especially", "exceptional", "exceptionally", "extreme", "extremely", "fabulously",
            "flipping", "flippin", "frackin", "fracking", "fricking", "frickin", "frigging", "friggin", "fully", "fuckin", "fucking",
            "fuggin", "fugging", "greatly", "hella", "highly", "hugely", "incredible", "incredibly", "intensely", "major", "majorly",
            "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so", "substantially", "thoroughly", "total",
            "totally", "tremendous", "tremendously", "uber", "unbelievably", "unusually", "utter", "utterly", "very",
        ];
        string[] down =
        [
            "almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of", "less", "little", "marginal",
            "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely", "slight", "slightly", "somewhat", "sort of",
            "sorta", "sortof", "sort-of",
        ];
        string[] negators =
        [
            "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't", "can't", "couldn't",
            "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither", "don't",
            "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope", "nor", "not",
            "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't",
            "uh-uh", "wasn't", "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
        ];
        (string, double)[] idioms =
        [
            ("the shit", 3), ("the bomb", 3), ("bad ass", 1.5), ("badass", 1.5), ("bus stop", 0), ("yeah right", -2),
            ("kiss of death", -1.5), ("to die for", 3), ("beating heart", 3.1), ("broken heart", -2.9),
        ];
        return new LanguageRules
        {
            Language = "en",
            Lexicon = vader,
            Emoji = emoji,
            Emoticons = vader,
            Boosters = up.Select(w => (w, Increment)).Concat(down.Select(w => (w, Decrement))).ToFrozenDictionary(p => p.w, p => p.Item2),
            Negators = negators.ToFrozenSet(),
            Idioms = LanguageRules.IdiomTable(idioms, w => w),
            Contrast = FrozenSet.Create("but"),
            NeverWords = FrozenSet.Create("never"),
            SoWords = FrozenSet.Create("so", "this"),
        };
    }
}
