namespace DarkSocialBot.Core.Attribution;

/// <summary>
/// One keyword or phrase of the rule tables. Phrases are written naturally ("bouche à oreille", "don't remember") and folded
/// like answers; a trailing '~' allows a one-edit typo (Damerau-Levenshtein, tokens of 5+ characters).
/// </summary>
internal sealed record CueEntry(string[] Words, Cue Cue, bool Fuzzy)
{
    public static IEnumerable<CueEntry> Of(CueKind kind, string value, float weight, params string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            var fuzzy = phrase.EndsWith('~');
            var words = AnswerTokenizer.Words(fuzzy ? phrase[..^1] : phrase);
            if (words.Length > 0) yield return new CueEntry(words, new Cue(kind, value, weight), fuzzy && words.Length == 1);
        }
    }
}
