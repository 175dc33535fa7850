namespace DarkSocialBot.Core.Attribution;

/// <summary>
/// A classified "how did you hear about us?" answer. <see cref="Source"/> is a code from <see cref="SourceCodes"/>;
/// keep <see cref="ClassifierVersion"/> and <see cref="Evidence"/> beside the (pseudonymised) raw text so answers can be re-classified.
/// </summary>
public sealed record AttributionResult(
    string Source,
    SourceClass Class,
    string? ShareChannel,
    string? Detail,
    double Confidence,
    FollowUp FollowUp,
    string Evidence,
    string ClassifierVersion)
{
    /// <summary>True when the answer needs the clarifying question in <see cref="FollowUp"/>.</summary>
    public bool IsAmbiguous => FollowUp != FollowUp.None;
}
