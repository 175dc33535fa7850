namespace DarkSocialBot.Dialogs.Flows;

/// <summary>The main dialog's state; as begin options it says what to start with (an intent, or the menu).</summary>
internal sealed class MainState
{
    /// <summary>The request to route; null to recognize it from the message.</summary>
    public string? Intent { get; set; }

    /// <summary>The words of that request when it is not the current message (the next of several requests in one message).</summary>
    public string? Text { get; set; }

    /// <summary>Requests the customer made in the same message, taken one at a time after this one.</summary>
    public List<FlowRequest>? Then { get; set; }

    /// <summary>Show the menu rather than routing the message (after "start over" or a language switch).</summary>
    public bool Menu { get; set; }

    public FlowOutcome? Outcome { get; set; }
}
