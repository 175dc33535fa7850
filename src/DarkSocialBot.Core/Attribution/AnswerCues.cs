namespace DarkSocialBot.Core.Attribution;

/// <summary>The cues found in one answer, with the lookups the rules need.</summary>
internal sealed class AnswerCues(string text, AnswerToken[] tokens, List<CueMatch> matches, List<string> handles)
{
    private static readonly HashSet<string> Determiners =
        ["my", "a", "an", "the", "some", "our", "ma", "mon", "mes", "un", "une", "des", "les", "le", "la", "notre", "nos", "people"];

    public string Text => text;
    public AnswerToken[] Tokens => tokens;
    public List<CueMatch> Matches => matches;
    public IReadOnlyList<string> Handles => handles;

    public bool Has(CueKind kind) => First(kind) is not null;

    public CueMatch? First(CueKind kind, float minWeight = 0f)
    {
        foreach (var m in matches) if (m.Kind == kind && m.Cue.Weight >= minWeight) return m;
        return null;
    }

    public CueMatch? First(params ReadOnlySpan<CueKind> kinds)
    {
        foreach (var m in matches) if (kinds.Contains(m.Kind)) return m;
        return null;
    }

    /// <summary>The first relation (friend, family, colleague) that is the source, not a companion ("with my husband").</summary>
    public CueMatch? Relation() => FirstSource(CueKind.Person);

    /// <summary>The first unnamed person (someone, people, quelqu'un) that is the source, not a companion.</summary>
    public CueMatch? Someone() => FirstSource(CueKind.GenericPerson);

    /// <summary>The first social platform (Messenger is a medium, not a platform).</summary>
    public CueMatch? Platform() => First(CueKind.Platform);

    public string Original(int token, int count)
    {
        var first = tokens[token];
        var last = tokens[token + count - 1];
        return text.Substring(first.Start, last.Start + last.Length - first.Start);
    }

    private CueMatch? FirstSource(CueKind kind)
    {
        foreach (var m in matches)
        {
            if (m.Kind != kind) continue;
            if (IsWith(m.Token - 1)) continue;
            if (m.Token >= 2 && IsWith(m.Token - 2) && Determiners.Contains(tokens[m.Token - 1].Folded)) continue;
            return m;
        }
        return null;
    }

    private bool IsWith(int token)
    {
        if (token < 0) return false;
        foreach (var m in matches) if (m.Kind == CueKind.With && m.Token == token) return true;
        return false;
    }
}
