namespace DarkSocialBot.Dialogs.Flows;

/// <summary>How a support flow ended: what the main dialog does next depends on it (follow-up question, "anything else?").</summary>
internal enum FlowOutcome
{
    /// <summary>The customer got what they came for (status shown, seat changed, checked in, bag reported…).</summary>
    Resolved,

    /// <summary>The flow ended without doing it (the customer said no, check-in not open yet, flight not found).</summary>
    NotResolved,

    /// <summary>The conversation is now with a human: the bot says nothing more.</summary>
    HandedOff,

    /// <summary>The customer got their answer, but it was bad news (their flight is delayed, their bag lost or damaged): no question of ours follows.</summary>
    BadNews,
}
