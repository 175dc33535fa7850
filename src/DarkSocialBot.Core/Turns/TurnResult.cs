using DarkSocialBot.Core.Activities;

namespace DarkSocialBot.Core.Turns;

/// <summary>What a committed turn produced.</summary>
public sealed record TurnResult(IReadOnlyList<Activity> Responses, InvokeResponse? InvokeResponse, int Attempts, bool Failed);
