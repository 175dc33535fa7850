using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Dialogs.Prompts;

/// <summary>
/// A phone number to reach the customer on: any number typed, or "yes" (the button, or its number on SMS) for the number
/// they write from (<see cref="SenderPhone"/>), which the question offers.
/// </summary>
internal sealed class ContactPhonePrompt(string id) : Prompt<RecognizedPhoneNumber>(id)
{
    protected override PromptRecognition<RecognizedPhoneNumber> Recognize(DialogContext dc, PromptOptions options)
    {
        var text = dc.Activity.Text;
        if (PhoneNumberRecognition.Recognize(text, dc.Locale) is { } typed) return PromptRecognition<RecognizedPhoneNumber>.Success(typed);
        var yes = ConfirmRecognizer.Recognize(text) == true || ChoiceRecognizer.Recognize(text, options.Choices ?? [], dc.Locale) is not null;
        return yes && SenderPhone(dc.Activity.From) is { } sender
            ? PromptRecognition<RecognizedPhoneNumber>.Success(sender)
            : PromptRecognition<RecognizedPhoneNumber>.Failure();
    }

    /// <summary>
    /// The number a customer writes from: an id in E.164 (SMS and WhatsApp through Twilio), or the WhatsApp id the channel
    /// gives as <c>waId</c> (the number without its "+"); null on channels without one (web chat, Messenger).
    /// </summary>
    public static RecognizedPhoneNumber? SenderPhone(ChannelAccount? from)
    {
        if (from?.Id is ['+', ..] id && PhoneNumberRecognition.Recognize(id, "en-US") is { } phone) return phone;
        return from?.Properties?.TryGetValue("waId", out var waId) == true && waId.ValueKind == JsonValueKind.String
            && waId.GetString() is { Length: > 0 } digits && digits.All(char.IsAsciiDigit)
            ? PhoneNumberRecognition.Recognize("+" + digits, "en-US")
            : null;
    }
}
