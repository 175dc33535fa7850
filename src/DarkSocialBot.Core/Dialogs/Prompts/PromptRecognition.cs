using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Core.Dialogs.Prompts;

/// <summary>What a prompt understood in an answer: a value, or nothing (and then, when the prompt knows better than its
/// retry prompt what was wrong, what to say instead).</summary>
public sealed record PromptRecognition<T>(bool Succeeded, T? Value, LocalizedText? Retry = null)
{
    public static PromptRecognition<T> Success(T value) => new(true, value);

    public static PromptRecognition<T> Failure() => new(false, default);

    /// <summary>Not usable, and why: said instead of the retry prompt.</summary>
    public static PromptRecognition<T> Failure(LocalizedText retry) => new(false, default, retry);
}
