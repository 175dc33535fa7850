namespace DarkSocialBot.Core.Dialogs.Prompts;

/// <summary>Any text with at least one letter or digit, trimmed (only emoji or punctuation is asked again).</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    public const string DefaultId = "text";

    protected override PromptRecognition<string> Recognize(DialogContext dc, PromptOptions options) =>
        dc.Activity.Text!.Any(char.IsLetterOrDigit)
            ? PromptRecognition<string>.Success(dc.Activity.Text!.Trim())
            : PromptRecognition<string>.Failure();
}
