using DarkSocialBot.Core.Attribution;

namespace DarkSocialBot.Dialogs.Attribution;

/// <summary>
/// A classified answer: the text as given (the answer and, after a follow-up, the follow-up answer; the host scrubs it before
/// storing), its classification, the follow-up that was asked, when the question was asked, and the tracked entry the customer
/// first came through, if any, to store beside what they said.
/// </summary>
public sealed record AttributionAnswer(
    string Text,
    AttributionResult Result,
    FollowUp AskedFollowUp,
    DateTimeOffset AskedAt,
    TrackedEntry? TrackedEntry);
