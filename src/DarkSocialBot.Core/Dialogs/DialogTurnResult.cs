namespace DarkSocialBot.Core.Dialogs;

/// <summary>What a dialog did with the turn: wait for the customer, complete with a result, or cancel.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static readonly DialogTurnResult Empty = new(DialogTurnStatus.Empty);
    public static readonly DialogTurnResult Waiting = new(DialogTurnStatus.Waiting);
    public static readonly DialogTurnResult Cancelled = new(DialogTurnStatus.Cancelled);

    public static DialogTurnResult Complete(object? result = null) => new(DialogTurnStatus.Complete, result);
}
