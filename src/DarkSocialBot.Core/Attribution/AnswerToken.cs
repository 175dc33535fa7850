namespace DarkSocialBot.Core.Attribution;

/// <summary>One token of an answer: its folded form and where it sits in the original text (for names in their own casing).</summary>
internal readonly record struct AnswerToken(string Folded, int Start, int Length, bool Capitalised);
