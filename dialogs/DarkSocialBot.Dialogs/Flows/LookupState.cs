namespace DarkSocialBot.Dialogs.Flows;

internal sealed class LookupState
{
    public string? Reference { get; set; }
    public int Tries { get; set; }
}
