using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Core.Dialogs.Prompts;

/// <summary>
/// One of <see cref="PromptOptions.Choices"/>: by title, value or synonym (typos and partial titles tolerated), by
/// number ("2", "option 2") or ordinal ("the second one", "le dernier"). The result is a <see cref="FoundChoice"/>.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    public const string DefaultId = "choice";

    protected override PromptRecognition<FoundChoice> Recognize(DialogContext dc, PromptOptions options) =>
        ChoiceRecognizer.Recognize(dc.Activity.Text, options.Choices ?? [], dc.Locale) is { } found
            ? PromptRecognition<FoundChoice>.Success(found)
            : PromptRecognition<FoundChoice>.Failure();
}
