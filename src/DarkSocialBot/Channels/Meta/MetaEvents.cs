using DarkSocialBot.Core.Activities;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Channels.Meta;

/// <summary>What one webhook batch carried: activities for the bot (in order) and delivery reports for sent messages.</summary>
public sealed record MetaEvents(List<Activity> Activities, List<DeliveryReport> Reports)
{
    public static MetaEvents Empty() => new([], []);
}

/// <summary>A provider's word on one sent message (WhatsApp <c>statuses[]</c>, Messenger <c>delivery.mids</c>).</summary>
public sealed record DeliveryReport(string ProviderMessageId, DeliveryStatus Status, string? ErrorCode);
