namespace DarkSocialBot.Core.Sentiment;

/// <summary>
/// Negation for one message. English follows VADER word by word (each negator in the window flips, "n't" counts, "no" and
/// "least" have their own rules). French negates a word once if a negator sits in the 3 words before it (not across a comma
/// or full stop) or right after it ("j'aime pas"); "jamais aussi bon" is emphasis, not negation; idioms carry their own.
/// </summary>
internal sealed class NegationRules(LanguageRules rules, List<SentimentToken> tokens, IdiomMarks idioms)
{
    private const double Scalar = -0.74;

    private string Key(int i) => tokens[i].Key;

    public double English(double valence, int start, int i)
    {
        switch (start)
        {
            case 0:
                return IsNegated(Key(i - 1)) ? valence * Scalar : valence;
            case 1:
                if (Key(i - 2) == "never" && rules.SoWords.Contains(Key(i - 1))) return valence * 1.25;
                if (Key(i - 2) == "without" && Key(i - 1) == "doubt") return valence;
                return IsNegated(Key(i - 2)) ? valence * Scalar : valence;
            default:
                if (Key(i - 3) == "never" && (rules.SoWords.Contains(Key(i - 2)) || rules.SoWords.Contains(Key(i - 1)))) return valence * 1.25;
                if (Key(i - 3) == "without" && (Key(i - 2) == "doubt" || Key(i - 1) == "doubt")) return valence;
                return IsNegated(Key(i - 3)) ? valence * Scalar : valence;
        }
    }

    /// <summary>VADER's "no": "no" before a sentiment word negates it (up to 3 words back through "or"/"nor").</summary>
    public double NoRule(double valence, int i)
    {
        var lexical = valence;
        if (Key(i) == "no" && i + 1 < tokens.Count && rules.Valence(tokens[i + 1]) is not null) return 0;
        if ((i > 0 && Key(i - 1) == "no") || (i > 1 && Key(i - 2) == "no") || (i > 2 && Key(i - 3) == "no" && Key(i - 1) is "or" or "nor"))
            return lexical * Scalar;
        return valence;
    }

    public double Least(double valence, int i)
    {
        if (i > 1 && Key(i - 1) == "least" && Key(i - 2) is not ("at" or "very")) return valence * Scalar;
        if (i == 1 && Key(0) == "least") return valence * Scalar;
        return valence;
    }

    public double French(double valence, int first, int last)
    {
        var negated = false;
        var emphasis = false;
        for (var k = 1; k <= 3; k++)
        {
            var j = first - k;
            if (j < 0 || tokens[j].EndsClause) break;
            if (idioms.Start[j] >= 0) continue;
            if (rules.NeverWords.Contains(Key(j)) && rules.SoWords.Contains(Key(first - 1))) emphasis = true;
            else if (IsFrenchNegator(j)) negated = true;
        }
        if (!tokens[last].EndsClause && last + 1 < tokens.Count && idioms.Start[last + 1] < 0)
        {
            var next = Key(last + 1);
            if (next is "pas" or "jamais" or "rien" || (next == "plus" && HasNeBefore(first))) negated = true;
        }
        if (idioms.Negated[last]) negated = false;
        return emphasis ? valence * 1.25 : negated ? valence * Scalar : valence;
    }

    private bool IsNegated(string key) => rules.Negators.Contains(key) || key.Contains("n't", StringComparison.Ordinal);

    private bool IsFrenchNegator(int j) => Key(j) switch
    {
        "personne" => j + 1 < tokens.Count && Key(j + 1) is "ne" or "n",
        "peu" => j == 0 || Key(j - 1) != "un",
        var key => rules.Negators.Contains(key),
    };

    private bool HasNeBefore(int first)
    {
        for (var j = first - 1; j >= 0 && j >= first - 3; j--) if (Key(j) is "ne" or "n") return true;
        return false;
    }
}
