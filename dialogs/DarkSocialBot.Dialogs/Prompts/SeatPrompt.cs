using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Dialogs.Prompts;

/// <summary>A seat: one of the offered ones (by number or title), or any seat typed like "14C" (checked by the dialog's validator).</summary>
internal sealed class SeatPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override PromptRecognition<string> Recognize(DialogContext dc, PromptOptions options)
    {
        if (AirlineEntities.Seat(dc.Activity.Text) is { } typed) return PromptRecognition<string>.Success(typed);
        return ChoiceRecognizer.Recognize(dc.Activity.Text, options.Choices ?? [], dc.Locale) is { } found
            ? PromptRecognition<string>.Success(found.Value)
            : PromptRecognition<string>.Failure();
    }
}
