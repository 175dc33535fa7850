using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Dialogs.Prompts;

/// <summary>
/// A day: one of the offered options (their values are ISO dates, so "1", "today" or "demain" pick them on any channel), or
/// any date the customer writes ("the 16th", "le 16 mars", "ce soir"), read in their language relative to their local time.
/// </summary>
internal sealed class DatePrompt(string id) : Prompt<DateOnly>(id)
{
    protected override PromptRecognition<DateOnly> Recognize(DialogContext dc, PromptOptions options)
    {
        if (ChoiceRecognizer.Recognize(dc.Activity.Text, options.Choices ?? [], dc.Locale) is { } found
            && DateOnly.TryParseExact(found.Value, "yyyy-MM-dd", out var picked))
            return PromptRecognition<DateOnly>.Success(picked);
        return DateIn(dc, dc.Activity.Text) is { } date ? PromptRecognition<DateOnly>.Success(date) : PromptRecognition<DateOnly>.Failure();
    }

    /// <summary>The day a text names, ignoring any flight number in it (whose digits could read as a year or a time).</summary>
    public static DateOnly? DateIn(DialogContext dc, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateTimeRecognition.RecognizeBest(AirlineEntities.WithoutFlightNumber(text), dc.Locale, dc.LocalNow) is { } found && (found.Value ?? found.Start) is { } when
            ? DateOnly.FromDateTime(when)
            : null;
    }
}
