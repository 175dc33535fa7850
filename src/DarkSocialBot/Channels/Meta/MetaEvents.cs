using DarkSocialBot.Core.Activities;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Channels.Meta;

/// <summary>
/// What one webhook batch carried: activities for the bot (in order), delivery reports for sent messages, and watermarks
/// (Messenger: every message sent to a conversation up to a time was delivered or read).
/// </summary>
public sealed record MetaEvents(List<Activity> Activities, List<DeliveryReport> Reports, List<DeliveryWatermark> Watermarks)
{
    public static MetaEvents Empty() => new([], [], []);
}

/// <summary>A provider's word on one sent message (WhatsApp <c>statuses[]</c>, Messenger <c>delivery.mids</c>).</summary>
public sealed record DeliveryReport(string ProviderMessageId, DeliveryStatus Status, string? ErrorCode);

/// <summary>Messenger's <c>delivery.watermark</c> / <c>read.watermark</c>: every message sent to the conversation at or before <paramref name="UpTo"/> reached <paramref name="Status"/>.</summary>
public sealed record DeliveryWatermark(string ConversationKey, DeliveryStatus Status, DateTimeOffset UpTo);
