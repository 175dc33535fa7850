namespace DarkSocialBot.Core.Dialogs.Prompts;

/// <summary>A prompt's frame state: how it asks, how many unusable answers it got so far, and the id of the last one.</summary>
public sealed class PromptState
{
    public PromptOptions Options { get; set; } = new();
    public int FailedAttempts { get; set; }

    /// <summary>The customer's last answer the prompt could not use: an edit of it is a new answer.</summary>
    public string? RejectedId { get; set; }
}
