using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Core.Dialogs.Prompts;

/// <summary>
/// How to ask: the question, what to say when the answer is not understood (default: "Sorry, I didn't get that." and
/// the question), the options for choice prompts, and how many unusable answers to accept before giving up.
/// Saved in the prompt's frame, so texts are re-picked in the customer's current language whenever they are sent.
/// </summary>
public sealed record PromptOptions
{
    public LocalizedText Prompt { get; init; } = new();
    public LocalizedText? RetryPrompt { get; init; }
    public IReadOnlyList<Choice>? Choices { get; init; }

    /// <summary>
    /// What the prompt's validator checks the answer against, kept with the question (Bot Builder's <c>Validations</c>): e.g.
    /// the booking reference a last name must belong to.
    /// </summary>
    public string? Validations { get; init; }

    /// <summary>Unusable answers accepted before the prompt ends with <see cref="PromptGaveUp"/> (at least 1).</summary>
    public int MaxAttempts { get; init; } = 3;
}
