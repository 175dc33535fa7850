namespace DarkSocialBot.Dialogs.Flows;

/// <summary>The state of a waterfall that keeps nothing between its steps.</summary>
internal sealed class NoState;
