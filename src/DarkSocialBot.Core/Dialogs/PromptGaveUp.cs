namespace DarkSocialBot.Core.Dialogs;

/// <summary>
/// The result of a prompt that did not get a usable answer within its maximum number of attempts. A waterfall passes it
/// up unless it sets <c>HandlesGaveUp</c>; at the root the engine offers a human agent instead of asking again.
/// </summary>
public sealed record PromptGaveUp(string PromptId, int Attempts);
