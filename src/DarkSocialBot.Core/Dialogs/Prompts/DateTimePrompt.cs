using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Core.Dialogs.Prompts;

/// <summary>
/// A date and/or time ("tomorrow at 5pm", "demain à 17h"), relative to the customer's local time from the turn's
/// <see cref="TimeProvider"/>. Of several readings, the first not in the past wins.
/// </summary>
public sealed class DateTimePrompt(string id, PromptValidator<DateTimeResolution>? validator = null) : Prompt<DateTimeResolution>(id, validator)
{
    public const string DefaultId = "datetime";

    protected override PromptRecognition<DateTimeResolution> Recognize(DialogContext dc, PromptOptions options) =>
        DateTimeRecognition.RecognizeBest(dc.Activity.Text, dc.Locale, dc.LocalNow) is { } found
            ? PromptRecognition<DateTimeResolution>.Success(found)
            : PromptRecognition<DateTimeResolution>.Failure();
}
