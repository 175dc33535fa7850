namespace DarkSocialBot.Core.Sentiment;

/// <summary>A word or emoticon as VADER sees it: its text (case kept for ALL-CAPS emphasis) and its lookup key.</summary>
internal readonly record struct SentimentToken(string Text, string Key, bool IsUpper, bool EndsClause, bool IsEmoji);
