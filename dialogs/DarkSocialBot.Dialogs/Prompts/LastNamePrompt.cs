using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Dialogs.Prompts;

/// <summary>
/// A last name: letters, spaces, hyphens and apostrophes ("dupont" gives "Dupont"; "12", "🙂", a sentence, a question,
/// "thanks" or "oui" do not, see <see cref="AirlineEntities.LastName"/>).
/// </summary>
internal sealed class LastNamePrompt(string id) : Prompt<string>(id)
{
    protected override PromptRecognition<string> Recognize(DialogContext dc, PromptOptions options) =>
        AirlineEntities.LastName(dc.Activity.Text) is { } name
            ? PromptRecognition<string>.Success(name)
            : PromptRecognition<string>.Failure();
}
