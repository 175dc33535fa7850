namespace DarkSocialBot.Core.Turns;

/// <summary>Runs around every turn in registration order; call <paramref name="next"/> to continue, or don't to end the turn.</summary>
public interface IMiddleware
{
    Task OnTurnAsync(TurnContext context, Func<CancellationToken, Task> next, CancellationToken cancellationToken);
}
