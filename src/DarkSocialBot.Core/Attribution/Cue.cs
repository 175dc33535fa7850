namespace DarkSocialBot.Core.Attribution;

/// <summary>A keyword's meaning: its kind, a value (channel, relation or display name) and how reliable the keyword is (0..1).</summary>
internal readonly record struct Cue(CueKind Kind, string Value, float Weight);

/// <summary>A cue found in an answer: which token(s) it covers, and whether it was matched with a typo.</summary>
internal readonly record struct CueMatch(Cue Cue, int Token, int Count, string Text, bool Fuzzy)
{
    public CueKind Kind => Cue.Kind;
    public string Value => Cue.Value;
    public override string ToString() => $"{Cue.Kind.ToString().ToLowerInvariant()}{(Cue.Value.Length > 0 ? ":" + Cue.Value : "")}[{Text}{(Fuzzy ? "~" : "")}]";
}
