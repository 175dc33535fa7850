using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Core.Dialogs.Prompts;

/// <summary>A valid phone number, normalised to E.164; national numbers are read in the region of the customer's locale.</summary>
public sealed class PhoneNumberPrompt(string id, PromptValidator<RecognizedPhoneNumber>? validator = null)
    : Prompt<RecognizedPhoneNumber>(id, validator)
{
    public const string DefaultId = "phone";

    protected override PromptRecognition<RecognizedPhoneNumber> Recognize(DialogContext dc, PromptOptions options) =>
        PhoneNumberRecognition.Recognize(dc.Activity.Text, dc.Locale) is { } phone
            ? PromptRecognition<RecognizedPhoneNumber>.Success(phone)
            : PromptRecognition<RecognizedPhoneNumber>.Failure();
}
