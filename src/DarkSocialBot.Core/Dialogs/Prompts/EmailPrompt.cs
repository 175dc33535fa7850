using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Core.Dialogs.Prompts;

/// <summary>An e-mail address, found anywhere in the answer ("it's ana@exemple.fr").</summary>
public sealed class EmailPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    public const string DefaultId = "email";

    protected override PromptRecognition<string> Recognize(DialogContext dc, PromptOptions options) =>
        EmailRecognition.Recognize(dc.Activity.Text, dc.Locale) is { } email
            ? PromptRecognition<string>.Success(email)
            : PromptRecognition<string>.Failure();
}
