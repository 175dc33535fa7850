namespace DarkSocialBot.Dialogs.Flows;

internal sealed class LookupState
{
    public string? Reference { get; set; }
    public int Tries { get; set; }

    /// <summary>The reference of the last pair that matched no booking: a last name alone, typed next, goes with it.</summary>
    public string? Previous { get; set; }
}
