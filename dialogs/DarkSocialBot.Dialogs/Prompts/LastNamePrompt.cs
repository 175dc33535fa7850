using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Dialogs.Prompts;

/// <summary>A last name: letters, spaces, hyphens and apostrophes ("dupont" gives "Dupont"; "12", "🙂" or a sentence do not).</summary>
internal sealed class LastNamePrompt(string id) : Prompt<string>(id)
{
    private const int MaxWords = 3;

    protected override PromptRecognition<string> Recognize(DialogContext dc, PromptOptions options) =>
        AirlineEntities.LastName(dc.Activity.Text) is { } name && name.Split(' ').Length <= MaxWords
            ? PromptRecognition<string>.Success(name)
            : PromptRecognition<string>.Failure();
}
