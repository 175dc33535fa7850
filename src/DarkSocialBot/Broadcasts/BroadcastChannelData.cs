namespace DarkSocialBot.Broadcasts;

/// <summary>
/// The <c>channelData</c> of a broadcast activity: which campaign and delivery it is, and the template (with its
/// variables filled in for this subscriber) for senders that must use one outside the customer-service window.
/// </summary>
internal sealed record BroadcastChannelData(BroadcastChannelData.BroadcastInfo Broadcast, BroadcastChannelData.TemplateInfo? Template)
{
    internal sealed record BroadcastInfo(long CampaignId, long DeliveryId, string Topic, string Purpose);

    internal sealed record TemplateInfo(string? Name, string? ContentSid, string Language, Dictionary<string, string> Variables);
}
