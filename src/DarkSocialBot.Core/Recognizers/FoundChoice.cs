namespace DarkSocialBot.Core.Recognizers;

/// <summary>The option the customer picked: its value, its 0-based index, a score in (0, 1] and why it matched.</summary>
public sealed record FoundChoice(string Value, int Index, double Score, string Evidence);
