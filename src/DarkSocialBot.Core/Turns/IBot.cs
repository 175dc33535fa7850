namespace DarkSocialBot.Core.Turns;

/// <summary>The bot: handles one turn, after the middleware.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext context, CancellationToken cancellationToken);
}
