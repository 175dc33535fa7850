namespace DarkSocialBot.Core.Dialogs.Prompts;

/// <summary>Accepts or rejects an answer beyond recognition (a date in the future, a booking that exists).</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken);
