using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Dialogs.Prompts;

/// <summary>A booking reference, or a last name alone: asked again after a reference and name that matched no booking.</summary>
internal sealed class ReferenceOrNamePrompt(string id) : Prompt<ReferenceOrName>(id)
{
    protected override PromptRecognition<ReferenceOrName> Recognize(DialogContext dc, PromptOptions options)
    {
        var text = dc.Activity.Text;
        if (AirlineEntities.BookingReference(text) is { } reference) return PromptRecognition<ReferenceOrName>.Success(new(reference, null));
        return AirlineEntities.LastName(text) is { } name
            ? PromptRecognition<ReferenceOrName>.Success(new(null, name))
            : PromptRecognition<ReferenceOrName>.Failure();
    }
}

/// <summary>What <see cref="ReferenceOrNamePrompt"/> read: one of the two.</summary>
internal sealed record ReferenceOrName(string? Reference, string? LastName);
