using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Dialogs.Prompts;
using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Dialogs.Prompts;

/// <summary>
/// A last name: letters, spaces, hyphens and apostrophes ("dupont" gives "Dupont"; "12", "🙂", a sentence, a question,
/// "thanks" or "oui" do not, see <see cref="AirlineEntities.LastName"/>). With a validator, one word that is also an answer
/// ("No", "Merci" are surnames too) is recognized as well, for the validator to accept only when it is the name.
/// </summary>
internal sealed class LastNamePrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    private readonly bool _answerWords = validator is not null;

    protected override PromptRecognition<string> Recognize(DialogContext dc, PromptOptions options) =>
        AirlineEntities.LastName(dc.Activity.Text, _answerWords) is { } name
            ? PromptRecognition<string>.Success(name)
            : PromptRecognition<string>.Failure();
}
