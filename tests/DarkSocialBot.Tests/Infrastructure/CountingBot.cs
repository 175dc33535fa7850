using DarkSocialBot.Core.State;
using DarkSocialBot.Core.Turns;

namespace DarkSocialBot.Tests.Infrastructure;

/// <summary>A bot that appends every message text to conversation state and replies with how many it has seen.</summary>
public sealed class CountingBot : IBot
{
    public static readonly StateProperty<List<string>> Seen = new("seen", () => []);

    /// <summary>Optional pause inside every turn (to make turns overlap or outlive a restart).</summary>
    public Func<string, CancellationToken, Task>? Pause { get; init; }

    public async Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Activity.Text is not { } text) return;
        if (Pause is not null) await Pause(text, cancellationToken);
        var seen = context.ConversationState.Get(Seen);
        seen.Add(text);
        context.Send($"{seen.Count}:{text}");
    }
}
