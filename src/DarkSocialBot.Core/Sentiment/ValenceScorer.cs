namespace DarkSocialBot.Core.Sentiment;

/// <summary>
/// VADER's scoring (Hutto &amp; Gilbert 2014; rules as in cjhutto/vaderSentiment 3.3.x) over one language's rules: each
/// sentiment word's valence, plus ALL-CAPS emphasis (+0.733 when other words are not all caps), preceding boosters and
/// dampeners (±0.293, weakened ×0.95/×0.9 at distance 2/3), negation in the 3 preceding words (×-0.74; "never so" ×1.25),
/// idioms, the "but" rule (before ×0.5, after ×1.5), then "!" and "?" emphasis and compound = x/√(x²+15).
/// </summary>
internal sealed class ValenceScorer(LanguageRules rules)
{
    private const double NegationScalar = -0.74;
    private const double CapsIncrement = 0.733;

    public SentimentScore Score(string text)
    {
        var tokens = SentimentTokenizer.Tokenize(text, rules.FrenchNegation, k => rules.Emoticons.ContainsKey(k.ToLowerInvariant()));
        if (tokens.Count == 0) return SentimentScore.Empty(rules.Language);
        var n = tokens.Count;
        var capDiff = CapDifferential(tokens);
        var idioms = new IdiomMarks(n);
        idioms.Mark(tokens, rules);
        var sentiments = new double[n];
        var negation = new NegationRules(rules, tokens, idioms);
        for (var i = 0; i < n; i++)
        {
            double? lexical;
            var first = i;
            if (idioms.Valence[i] is { } fixedValence) { lexical = fixedValence; first = idioms.Start[i]; }
            else if (idioms.Start[i] >= 0 || IsBooster(tokens, i) || IsKindOf(tokens, i)) continue;
            else lexical = rules.Valence(tokens[i]);
            if (lexical is not { } valence || valence == 0) continue;

            if (!rules.FrenchNegation) valence = negation.NoRule(valence, i);
            if (tokens[i].IsUpper && capDiff) valence += valence > 0 ? CapsIncrement : -CapsIncrement;
            for (var start = 0; start < 3; start++)
            {
                var j = first - (start + 1);
                if (j < 0 || (rules.FrenchNegation && tokens[j].EndsClause)) break;
                if (idioms.Start[j] >= 0 || (rules.Valence(tokens[j]) is not null && !rules.DualBoosters.Contains(tokens[j].Key))) continue;
                var s = Scalar(tokens, j, valence, capDiff) * (start == 1 ? 0.95 : start == 2 ? 0.9 : 1.0);
                valence += s;
                if (!rules.FrenchNegation) valence = negation.English(valence, start, first);
            }
            valence = rules.FrenchNegation ? negation.French(valence, first, i) : negation.Least(valence, i);
            sentiments[i] = valence;
        }
        ContrastCheck(tokens, sentiments);
        return Summary.Of(sentiments, text, rules.Language);
    }

    private bool IsBooster(List<SentimentToken> tokens, int i)
    {
        var key = tokens[i].Key;
        if (!rules.Boosters.ContainsKey(key)) return false;
        if (!rules.DualBoosters.Contains(key)) return true;
        return i + 1 < tokens.Count && rules.Valence(tokens[i + 1]) is not null;
    }

    private bool IsKindOf(List<SentimentToken> tokens, int i) =>
        !rules.FrenchNegation && i + 1 < tokens.Count && tokens[i].Key == "kind" && tokens[i + 1].Key == "of";

    private double Scalar(List<SentimentToken> tokens, int j, double valence, bool capDiff)
    {
        var key = tokens[j].Key;
        if (!rules.Boosters.TryGetValue(key, out var scalar))
        {
            if (key is not ("of" or "enough") || j == 0 || !rules.Boosters.TryGetValue(tokens[j - 1].Key + " " + key, out scalar)) return 0;
        }
        if (key == "peu" && (j == 0 || tokens[j - 1].Key != "un")) return 0; // bare "peu aimable" is a negation, not a dampener
        if (valence < 0) scalar = -scalar;
        if (tokens[j].IsUpper && capDiff) scalar += valence > 0 ? CapsIncrement : -CapsIncrement;
        return scalar;
    }

    private void ContrastCheck(List<SentimentToken> tokens, double[] sentiments)
    {
        for (var c = 0; c < tokens.Count; c++)
        {
            var key = tokens[c].Key;
            if (!rules.Contrast.Contains(key) || (key == "contre" && (c == 0 || tokens[c - 1].Key != "par"))) continue;
            for (var k = 0; k < sentiments.Length; k++)
            {
                if (k < c) sentiments[k] *= 0.5;
                else if (k > c) sentiments[k] *= 1.5;
            }
            return;
        }
    }

    private static bool CapDifferential(List<SentimentToken> tokens)
    {
        var upper = 0;
        foreach (var t in tokens) if (t.IsUpper) upper++;
        var differential = tokens.Count - upper;
        return differential > 0 && differential < tokens.Count;
    }
}
