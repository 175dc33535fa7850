using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Flows;

namespace DarkSocialBot.Dialogs.Prompts;

/// <summary>
/// A seat: one of the offered ones (by number or title), or any seat typed like "14C" (checked by the dialog's validator);
/// the other kind of seat when the customer changes their mind ("actually, aisle", « en fait non, couloir »: see
/// <see cref="SeatPreference"/>); or <see cref="Keep"/> when the customer wants none of them ("no", "none", « je garde le mien »).
/// </summary>
internal sealed class SeatPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    public const string Keep = "keep";

    private static readonly HashSet<string> KeepWords = new(StringComparer.Ordinal)
    {
        "none", "neither", "keep", "nevermind", "aucun", "aucune", "garde", "garder", "ni",
    };

    protected override PromptRecognition<string> Recognize(DialogContext dc, PromptOptions options)
    {
        var text = dc.Activity.Text;
        if (AirlineEntities.Seat(text) is { } typed) return PromptRecognition<string>.Success(typed);
        if (ChoiceRecognizer.Recognize(text, options.Choices ?? [], dc.Locale) is { } found) return PromptRecognition<string>.Success(found.Value);
        if (SeatPreference.In(text) is { } preference) return PromptRecognition<string>.Success(preference);
        return ConfirmRecognizer.Recognize(text) == false || CustomerWords.Of(text).Any(KeepWords.Contains)
            ? PromptRecognition<string>.Success(Keep)
            : PromptRecognition<string>.Failure();
    }
}
