namespace DarkSocialBot.Core.Attribution;

/// <summary>What a rule decided: the code, the cue that decided it, its base confidence and the follow-up it calls for.</summary>
internal readonly record struct Decision(
    string Rule,
    string Code,
    CueMatch Decisive,
    float Base,
    string? Channel = null,
    string? Detail = null,
    FollowUp FollowUp = FollowUp.None,
    bool Sponsored = false);
