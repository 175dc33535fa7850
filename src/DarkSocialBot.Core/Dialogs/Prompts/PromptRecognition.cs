namespace DarkSocialBot.Core.Dialogs.Prompts;

/// <summary>What a prompt understood in an answer: a value, or nothing.</summary>
public sealed record PromptRecognition<T>(bool Succeeded, T? Value)
{
    public static PromptRecognition<T> Success(T value) => new(true, value);

    public static PromptRecognition<T> Failure() => new(false, default);
}
