using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Core.Dialogs.Prompts;

/// <summary>
/// What a validator sees (it runs only on answers that were recognized): the value, the options, which attempt this is.
/// Set <see cref="RetryMessage"/> to explain a rejection ("That date is in the past.") instead of the retry prompt.
/// </summary>
public sealed class PromptValidatorContext<T>(DialogContext context, PromptRecognition<T> recognized, PromptOptions options, int attempt)
{
    public DialogContext Context { get; } = context;
    public PromptRecognition<T> Recognized { get; } = recognized;
    public PromptOptions Options { get; } = options;

    /// <summary>1 for the first answer to this prompt.</summary>
    public int Attempt { get; } = attempt;

    public LocalizedText? RetryMessage { get; set; }
}
