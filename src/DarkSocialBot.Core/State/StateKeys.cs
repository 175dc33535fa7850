using DarkSocialBot.Core.Activities;

namespace DarkSocialBot.Core.State;

/// <summary>Where a turn's state lives: one document per conversation and one per user, both scoped by channel.</summary>
public sealed record StateKeys(string Conversation, string User)
{
    public static StateKeys For(Activity activity) => new(
        $"{activity.ChannelId}/conversations/{activity.Conversation?.Id}",
        $"{activity.ChannelId}/users/{activity.From?.Id}");
}
