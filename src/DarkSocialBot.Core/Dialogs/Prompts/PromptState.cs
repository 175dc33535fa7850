namespace DarkSocialBot.Core.Dialogs.Prompts;

/// <summary>A prompt's frame state: how it asks, and how many unusable answers it got so far.</summary>
public sealed class PromptState
{
    public PromptOptions Options { get; set; } = new();
    public int FailedAttempts { get; set; }
}
