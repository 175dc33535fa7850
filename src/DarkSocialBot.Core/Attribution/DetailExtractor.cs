namespace DarkSocialBot.Core.Attribution;

/// <summary>
/// Pulls a name out of an answer, in the customer's own spelling: a quoted title first ("the podcast “Transfert”"), then a
/// run of capitalised words right before or after the cue ("the Lex Fridman podcast" -> "Lex Fridman", "le podcast de Navie"
/// -> "Navie"), then any capitalised run that is not the first word nor a keyword. Names typed in lower case are not guessed.
/// </summary>
internal static class DetailExtractor
{
    private const string OpenQuotes = "\"“«‘";
    private const string CloseQuotes = "\"”»’";
    private static readonly HashSet<string> Connectors =
        ["de", "du", "d", "des", "called", "named", "by", "from", "appele", "appelle", "nomme", "intitule", "avec", "with", "of", "la", "le", "les", "l"];

    public static string? Near(AnswerCues c, CueMatch anchor) => Quoted(c.Text) ?? Adjacent(c, anchor) ?? Anywhere(c);

    public static string? Creator(AnswerCues c, CueMatch anchor) =>
        c.Handles.Count > 0 ? c.Handles[0] : Quoted(c.Text) ?? Adjacent(c, anchor) ?? Anywhere(c);

    private static string? Quoted(string text)
    {
        var open = text.AsSpan(0, Math.Min(text.Length, AnswerTokenizer.MaxChars)).IndexOfAny(OpenQuotes);
        if (open < 0) return null;
        var close = text.AsSpan(open + 1).IndexOfAny(CloseQuotes);
        if (close < 2 || close > 60) return null;
        var inside = text.Substring(open + 1, close).Trim();
        return inside.Length >= 2 ? inside : null;
    }

    private static string? Adjacent(AnswerCues c, CueMatch anchor)
    {
        var tokens = c.Tokens;
        var covered = Covered(c);
        // Before the cue: "the Lex Fridman podcast", "The Daily podcast".
        var end = anchor.Token - 1;
        if (end >= 0 && tokens[end].Folded == "s" && end >= 1) end--; // "Lex Fridman's podcast"
        var start = end;
        while (start >= 0 && IsNameWord(tokens[start], covered[start])) start--;
        if (start < end) return c.Original(start + 1, end - start);
        // After the cue, over a connector: "le podcast de Navie", "podcast called Hard Fork".
        var first = anchor.Token + anchor.Count;
        while (first < tokens.Length && Connectors.Contains(tokens[first].Folded) && !tokens[first].Capitalised) first++;
        var last = first;
        while (last < tokens.Length && IsNameWord(tokens[last], covered[last])) last++;
        return last > first ? c.Original(first, last - first) : null;
    }

    private static string? Anywhere(AnswerCues c)
    {
        var tokens = c.Tokens;
        var covered = Covered(c);
        for (var i = 1; i < tokens.Length; i++)
        {
            if (!IsNameWord(tokens[i], covered[i])) continue;
            var j = i;
            while (j < tokens.Length && IsNameWord(tokens[j], covered[j])) j++;
            return c.Original(i, j - i);
        }
        return null;
    }

    private static bool IsNameWord(AnswerToken token, bool covered) =>
        token.Capitalised && !covered && token.Folded is not ("i" or "je" or "j");

    /// <summary>Tokens that are keywords (platforms, verbs…) are not names; named outlets and sites are.</summary>
    private static bool[] Covered(AnswerCues c)
    {
        var covered = new bool[c.Tokens.Length];
        foreach (var m in c.Matches)
        {
            if (m.Value.Length > 0 && m.Kind is CueKind.Press or CueKind.Review) continue;
            for (var k = 0; k < m.Count; k++) covered[m.Token + k] = true;
        }
        return covered;
    }
}
