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
        var text = dc.Activity.Text;
        if (PhoneNumberRecognition.Recognize(text, dc.Locale) is { } phone) return PromptRecognition<object>.Success(phone);
        var answer = ConfirmRecognizer.Recognize(text) ?? ChoiceRecognizer.Recognize(text, YesNo(dc), dc.Locale) switch
        {
            { Index: 0 } => true,
            { Index: 1 } => false,
            _ => (bool?)null,
        };
        return answer is { } value ? PromptRecognition<object>.Success(value) : PromptRecognition<object>.Failure();
    }

    protected override Activity Render(DialogContext dc, string text, PromptOptions options) => MessageFactory.Choices(text, YesNo(dc), dc.Locale);

    private static Choice[] YesNo(DialogContext dc) => [new("yes", dc.Messages.Yes), new("no", dc.Messages.No)];
}
