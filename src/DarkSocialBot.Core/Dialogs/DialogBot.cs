using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Turns;

namespace DarkSocialBot.Core.Dialogs;

/// <summary>
/// The bot a brand needs when its conversation is a dialog: messages go to the <see cref="DialogManager"/>; other
/// activities (conversation updates, events) to <paramref name="onOtherActivityAsync"/> when given.
/// </summary>
public sealed class DialogBot(DialogManager manager, Func<TurnContext, CancellationToken, Task>? onOtherActivityAsync = null) : IBot
{
    public Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken) =>
        context.Activity.IsType(ActivityTypes.Message)
            ? manager.OnTurnAsync(context, cancellationToken)
            : onOtherActivityAsync?.Invoke(context, cancellationToken) ?? Task.CompletedTask;
}
