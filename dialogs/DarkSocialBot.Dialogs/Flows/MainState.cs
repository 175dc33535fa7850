namespace DarkSocialBot.Dialogs.Flows;

/// <summary>The main dialog's state; as begin options it says what to start with (an intent, or the menu).</summary>
internal sealed class MainState
{
    /// <summary>The request to route; null to recognize it from the message.</summary>
    public string? Intent { get; set; }

    /// <summary>Show the menu rather than routing the message (after "start over" or a language switch).</summary>
    public bool Menu { get; set; }

    public FlowOutcome? Outcome { get; set; }
}
