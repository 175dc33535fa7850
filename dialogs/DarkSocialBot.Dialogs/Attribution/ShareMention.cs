using DarkSocialBot.Core.Sentiment;

namespace DarkSocialBot.Dialogs.Attribution;

/// <summary>What the customer said about a private share ("she said the crew were lovely") and its sentiment.</summary>
public sealed record ShareMention(string Text, SentimentScore Sentiment);
