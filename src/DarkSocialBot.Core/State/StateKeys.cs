using DarkSocialBot.Core.Activities;

namespace DarkSocialBot.Core.State;

/// <summary>Where a turn's state lives: one document per conversation and one per user, both scoped by channel.</summary>
public sealed record StateKeys(string Conversation, string User)
{
    public static StateKeys For(Activity activity) =>
        new(ConversationKey(activity.ChannelId, activity.Conversation?.Id), UserKey(activity.ChannelId, activity.From?.Id));

    /// <summary>The key a conversation's state, inbox and outbox rows are filed under.</summary>
    public static string ConversationKey(string? channelId, string? conversationId) => $"{channelId}/conversations/{conversationId}";

    public static string UserKey(string? channelId, string? userId) => $"{channelId}/users/{userId}";
}
