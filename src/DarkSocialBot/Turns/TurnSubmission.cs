using DarkSocialBot.Core.Turns;

namespace DarkSocialBot.Turns;

/// <summary>What happened to an activity handed to the <see cref="TurnProcessor"/>.</summary>
public sealed record TurnSubmission(TurnSubmissionStatus Status, TurnResult? Result = null)
{
    public static readonly TurnSubmission Duplicate = new(TurnSubmissionStatus.Duplicate);
    public static readonly TurnSubmission Accepted = new(TurnSubmissionStatus.Accepted);
}

public enum TurnSubmissionStatus
{
    /// <summary>Stored and its turn saved; <see cref="TurnSubmission.Result"/> holds the replies.</summary>
    Processed,
    /// <summary>Stored; its turn is still running and will finish in the background.</summary>
    Accepted,
    /// <summary>Already received before (same channel and activity id): not run again.</summary>
    Duplicate,
}
