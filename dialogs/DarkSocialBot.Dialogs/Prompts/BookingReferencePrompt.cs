using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Dialogs.Prompts;

/// <summary>A booking reference anywhere in the answer ("it's abc123" gives "ABC123").</summary>
internal sealed class BookingReferencePrompt(string id) : Prompt<string>(id)
{
    protected override PromptRecognition<string> Recognize(DialogContext dc, PromptOptions options) =>
        AirlineEntities.BookingReference(dc.Activity.Text) is { } reference
            ? PromptRecognition<string>.Success(reference)
            : PromptRecognition<string>.Failure();
}
