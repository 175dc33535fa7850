using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Core.Dialogs.Prompts;

/// <summary>A number, in digits or words, in the customer's language ("22", "twenty two", "vingt-deux", "3,5").</summary>
public sealed class NumberPrompt(string id, PromptValidator<decimal>? validator = null) : Prompt<decimal>(id, validator)
{
    public const string DefaultId = "number";

    protected override PromptRecognition<decimal> Recognize(DialogContext dc, PromptOptions options) =>
        NumberRecognition.RecognizeNumber(dc.Activity.Text, dc.Locale) is { } number
            ? PromptRecognition<decimal>.Success(number)
            : PromptRecognition<decimal>.Failure();
}
