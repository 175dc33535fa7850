using DarkSocialBot.Core.Dialogs.Prompts;

namespace DarkSocialBot.Core.Dialogs;

/// <summary>The dialogs a stack may refer to, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public IEnumerable<Dialog> Dialogs => _dialogs.Values;

    public DialogSet Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already registered.", nameof(dialog));
        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    /// <summary>Adds every built-in prompt under its default id ("text", "number", "datetime", "confirm", "choice", "phone", "email").</summary>
    public DialogSet AddDefaultPrompts()
    {
        Dialog[] prompts =
        [
            new TextPrompt(TextPrompt.DefaultId), new NumberPrompt(NumberPrompt.DefaultId), new DateTimePrompt(DateTimePrompt.DefaultId),
            new ConfirmPrompt(ConfirmPrompt.DefaultId), new ChoicePrompt(ChoicePrompt.DefaultId),
            new PhoneNumberPrompt(PhoneNumberPrompt.DefaultId), new EmailPrompt(EmailPrompt.DefaultId),
        ];
        foreach (var prompt in prompts.Where(p => !_dialogs.ContainsKey(p.Id))) Add(prompt);
        return this;
    }
}
