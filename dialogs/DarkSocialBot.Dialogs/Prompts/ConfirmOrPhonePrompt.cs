using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Dialogs.Prompts;

/// <summary>
/// Yes or no to a summary that names a phone number, offered as two choices; or another number instead ("actually my
/// number is 06 11 22 33 44"), which is the result (a <see cref="RecognizedPhoneNumber"/>) for the dialog to confirm again.
/// </summary>
internal sealed class ConfirmOrPhonePrompt(string id) : Prompt<object>(id)
{
    protected override PromptRecognition<object> Recognize(DialogContext dc, PromptOptions options)
    {
        if (ContactPhonePrompt.Typed(dc, ContactPhonePrompt.SenderPhone(dc.Activity.From)) is { } phone) return PromptRecognition<object>.Success(phone);
        return ConfirmPrompt.Answer(dc, options) is { } value ? PromptRecognition<object>.Success(value) : PromptRecognition<object>.Failure();
    }

    protected override PromptRecognition<object> RecognizeReaction(DialogContext dc, PromptOptions options) =>
        ConfirmPrompt.ReactionAnswer(dc) is { } value ? PromptRecognition<object>.Success(value) : PromptRecognition<object>.Failure();

    protected override Activity Render(DialogContext dc, string text, PromptOptions options) =>
        MessageFactory.Choices(text, ConfirmPrompt.YesNo(dc, options), dc.Locale);
}
