namespace DarkSocialBot.Core.Attribution;

/// <summary>
/// The precedence of the rules, first match wins (see README.md in this folder for the reasoning):
/// ad marker > AI assistant > private medium (who + via what) > relation (word of mouth) > podcast > creator > review site >
/// press > social platform > unnamed person / conversation > offline media > search > owned > explicit other > don't remember.
/// </summary>
internal static class AttributionRules
{
    private static readonly Func<AnswerCues, Decision?>[] Rules =
    [
        PaidUnlessShared, MediaRules.Ai, DarkRules.PrivateMedium, DarkRules.Relation, MediaRules.Podcast, MediaRules.Influencer,
        MediaRules.Review, MediaRules.Press, MediaRules.Social, DarkRules.InPerson, MediaRules.OfflineMedia, MediaRules.Search,
        MediaRules.Owned, OtherSource,
    ];

    private static readonly HashSet<CueKind> SourceKinds =
    [
        CueKind.Person, CueKind.GenericPerson, CueKind.Medium, CueKind.Platform, CueKind.Paid, CueKind.Display, CueKind.Tv,
        CueKind.Radio, CueKind.Outdoor, CueKind.Print, CueKind.Event, CueKind.Press, CueKind.Podcast, CueKind.Influencer,
        CueKind.Review, CueKind.Ai, CueKind.SearchEngine, CueKind.Owned, CueKind.Customer, CueKind.InPerson, CueKind.OtherSource,
    ];

    public static Decision? Decide(AnswerCues cues)
    {
        foreach (var rule in Rules)
        {
            if (rule(cues) is { } decision) return decision;
        }
        return cues.First(CueKind.DontRemember) is { } forgot ? new Decision("dont-remember", SourceCodes.DontRemember, forgot, 0.9f) : null;
    }

    /// <summary>
    /// Confidence: the rule's base times the deciding keyword's reliability, lowered for a typo (×0.85), for hedging
    /// ("not sure", ×0.7) and for each other kind of source mentioned (−0.05, up to −0.2); capped at 0.7 when a follow-up is due.
    /// </summary>
    public static double Confidence(Decision decision, AnswerCues cues)
    {
        double confidence = decision.Base * decision.Decisive.Cue.Weight;
        if (decision.Decisive.Fuzzy) confidence *= 0.85;
        if (decision.Code != SourceCodes.DontRemember && cues.Has(CueKind.DontRemember)) confidence *= 0.7;
        var kinds = new HashSet<CueKind>();
        foreach (var m in cues.Matches) if (SourceKinds.Contains(m.Kind)) kinds.Add(m.Kind);
        kinds.Remove(decision.Decisive.Kind);
        confidence -= 0.05 * Math.Min(Math.Max(kinds.Count - 1, 0), 4);
        if (decision.FollowUp != FollowUp.None) confidence = Math.Min(confidence, 0.7);
        return Math.Round(Math.Clamp(confidence, 0.05, 1.0), 3);
    }

    private static Decision? PaidUnlessShared(AnswerCues c) =>
        c.Has(CueKind.Medium) && (c.Has(CueKind.Share) || c.Has(CueKind.Forward) || c.Relation() is not null) ? null : MediaRules.Paid(c);

    private static Decision? OtherSource(AnswerCues c) =>
        c.First(CueKind.OtherSource) is { } other ? new Decision("other-source", SourceCodes.Other, other, 0.8f) : null;
}
