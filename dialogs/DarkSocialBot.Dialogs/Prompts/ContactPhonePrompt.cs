using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Dialogs.Prompts;

/// <summary>
/// A phone number to reach the customer on: any number typed, or "yes" (the button, or its number on SMS) for the number
/// they write from (<see cref="SenderPhone"/>), which the question offers. A number typed the national way ("06 12 34 56
/// 78") is read in the region of the customer's language, then in the region of the number they write from; when neither
/// reads it, <paramref name="whichCountry"/> asks for its country code (it is a phone number, just not one we can place).
/// </summary>
internal sealed class ContactPhonePrompt(string id, LocalizedText whichCountry) : Prompt<RecognizedPhoneNumber>(id)
{
    protected override PromptRecognition<RecognizedPhoneNumber> Recognize(DialogContext dc, PromptOptions options)
    {
        var text = dc.Activity.Text;
        var sender = SenderPhone(dc.Activity.From);
        if (Typed(dc, sender) is { } typed) return PromptRecognition<RecognizedPhoneNumber>.Success(typed);
        var yes = ConfirmRecognizer.Recognize(text) == true || ChoiceRecognizer.Recognize(text, options.Choices ?? [], dc.Locale) is not null;
        if (yes && sender is not null) return PromptRecognition<RecognizedPhoneNumber>.Success(sender);
        return PhoneNumberRecognition.IsNationalNumber(text)
            ? PromptRecognition<RecognizedPhoneNumber>.Failure(whichCountry)
            : PromptRecognition<RecognizedPhoneNumber>.Failure();
    }

    /// <summary>A number in the message, national ones read in the customer's region or that of the number they write from.</summary>
    public static RecognizedPhoneNumber? Typed(DialogContext dc, RecognizedPhoneNumber? sender) =>
        PhoneNumberRecognition.Recognize(dc.Activity.Text, dc.Locale, sender?.Region);

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
