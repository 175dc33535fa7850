namespace DarkSocialBot.Core.Turns;

/// <summary>A turn could not be saved because other turns kept changing the same state.</summary>
public sealed class TurnConflictException(string message) : Exception(message);
