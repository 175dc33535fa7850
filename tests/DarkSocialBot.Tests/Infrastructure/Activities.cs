using System.Net.Http.Json;
using DarkSocialBot.Core.Activities;

namespace DarkSocialBot.Tests.Infrastructure;

/// <summary>Builders for inbound Bot Framework activities, Emulator style.</summary>
public static class Activities
{
    public static Activity Message(string text, Uri serviceUrl, string conversationId = "conv-1", string? id = null, string channelId = "emulator", string userId = "user-1") => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? Guid.NewGuid().ToString("N"),
        Timestamp = DateTimeOffset.UtcNow,
        ServiceUrl = serviceUrl.AbsoluteUri,
        ChannelId = channelId,
        From = new ChannelAccount { Id = userId, Name = "Ana" },
        Recipient = new ChannelAccount { Id = "bot-id", Name = "Bot" },
        Conversation = new ConversationAccount { Id = conversationId },
        Locale = "en-US",
        Text = text,
    };

    public static JsonContent Json(Activity activity) => JsonContent.Create(activity, ActivityJson.Default.Activity);
}
