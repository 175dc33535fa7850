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

    /// <summary>
    /// The booking the customer was in when they asked for this request beside the flow they were in ("actually, a window
    /// seat" at check-in's last question): it is the same trip, so it is not asked for again. Null to read the message.
    /// </summary>
    public string? OpenBooking { get; set; }

    /// <summary>Show the menu rather than routing the message (after "start over" or a language switch).</summary>
    public bool Menu { get; set; }

    public FlowOutcome? Outcome { get; set; }
}
