namespace DarkSocialBot.Core.Dialogs;

/// <summary>What a waterfall keeps in its frame: the step it is at and the dialog's own typed state.</summary>
public sealed class WaterfallState<TState> where TState : class, new()
{
    public int Step { get; set; }
    public TState Values { get; set; } = new();
}
