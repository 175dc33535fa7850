namespace DarkSocialBot.Dialogs.Flows;

/// <summary>What starts a flow: the intent and the message that expressed it (a flight number or a reference in it is used).</summary>
internal sealed record FlowRequest(string Intent, string? Text);
