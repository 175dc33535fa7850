namespace DarkSocialBot.Core.Dialogs;

/// <summary>The dialogs in progress in a conversation, bottom first, and the language chosen in it.</summary>
public sealed class DialogStack
{
    public List<DialogFrame> Frames { get; set; } = [];

    /// <summary>The language the customer switched to in this conversation, if any; applied at the start of each turn.</summary>
    public string? Locale { get; set; }
}
