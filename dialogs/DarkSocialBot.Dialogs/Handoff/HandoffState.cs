namespace DarkSocialBot.Dialogs.Handoff;

internal sealed class HandoffState
{
    public HandoffReason Reason { get; set; }
    public string? Note { get; set; }
}
