using System.Collections.Concurrent;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Turns;

namespace DarkSocialBot.Tests.Infrastructure;

/// <summary>A bot that records every message it receives and answers "echo: text" unless <see cref="Reply"/> says otherwise.</summary>
public sealed class RecordingBot : IBot
{
    private readonly ConcurrentQueue<Activity> _received = new();

    public Func<TurnContext, CancellationToken, Task>? Reply { get; init; }

    public IReadOnlyList<Activity> Received => [.. _received];

    public async Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (!context.Activity.IsType(ActivityTypes.Message)) return;
        _received.Enqueue(context.Activity);
        if (Reply is not null) await Reply(context, cancellationToken);
        else context.Send($"echo: {context.Activity.Text}");
    }

    public async Task<IReadOnlyList<Activity>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (_received.Count < count)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Expected {count} message(s), got {_received.Count}.");
            await Task.Delay(20);
        }
        return Received;
    }
}
