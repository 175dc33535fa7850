namespace DarkSocialBot.Core.Recognizers;

/// <summary>A recognized intent, its score in [0, 1] and the evidence behind it (which phrases or patterns matched, how).</summary>
public sealed record IntentMatch(string Intent, double Score, IReadOnlyList<string> Evidence)
{
    public override string ToString() => $"{Intent} {Score:0.00} ({string.Join("; ", Evidence)})";
}
