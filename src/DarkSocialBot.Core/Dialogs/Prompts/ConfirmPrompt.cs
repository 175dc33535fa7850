using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Core.Dialogs.Prompts;

/// <summary>
/// Yes or no, offered as two choices; understands words and emoji in English and French, and "1"/"2". The question may
/// name the two choices itself (<see cref="PromptOptions.Choices"/>, yes first: "Yes, please | No thanks"); "sure" or
/// "nah" still answer it. A 👍 or 👎 reaction to the question answers it too.
/// </summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    public const string DefaultId = "confirm";

    protected override PromptRecognition<bool> Recognize(DialogContext dc, PromptOptions options) =>
        Answer(dc, options) is { } value ? PromptRecognition<bool>.Success(value) : PromptRecognition<bool>.Failure();

    /// <summary>An emoji reaction added to the question that reads as yes or no (👍, 👎, ✅…): WhatsApp and Messenger users answer so.</summary>
    protected override PromptRecognition<bool> RecognizeReaction(DialogContext dc, PromptOptions options) =>
        ReactionAnswer(dc) is { } value ? PromptRecognition<bool>.Success(value) : PromptRecognition<bool>.Failure();

    /// <summary>Yes or no from the emoji of a reaction added to the question, or null.</summary>
    public static bool? ReactionAnswer(DialogContext dc) =>
        dc.Activity.ReactionsAdded is [{ Type: { Length: > 0 } emoji }, ..] ? ConfirmRecognizer.Recognize(emoji) : null;

    protected override Activity Render(DialogContext dc, string text, PromptOptions options) =>
        MessageFactory.Choices(text, YesNo(dc, options), dc.Locale);

    /// <summary>The customer's yes or no to such a question (its words, emoji, a choice or its number), or null.</summary>
    public static bool? Answer(DialogContext dc, PromptOptions options) =>
        ConfirmRecognizer.Recognize(dc.Activity.Text)
        ?? ChoiceRecognizer.Recognize(dc.Activity.Text, YesNo(dc, options), dc.Locale) switch
        {
            { Index: 0 } => true,
            { Index: 1 } => false,
            _ => null,
        };

    /// <summary>The two choices shown: the question's own, or yes and no in the customer's language.</summary>
    public static IReadOnlyList<Choice> YesNo(DialogContext dc, PromptOptions options) =>
        options.Choices is { Count: 2 } named ? named : [new("yes", dc.Messages.Yes), new("no", dc.Messages.No)];
}
