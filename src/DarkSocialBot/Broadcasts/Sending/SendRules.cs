using DarkSocialBot.Storage;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Broadcasts.Sending;

/// <summary>
/// The checks made again at send time, in order: the customer not opted out of the channel, the subscription (and its
/// consent) still active, a text in their language, and not quiet hours where they are (else deferred).
/// </summary>
internal sealed class SendRules(IOptions<BroadcastsOptions> options)
{
    private readonly BroadcastsOptions _options = options.Value;
    private readonly TimeZoneInfo _defaultZone = QuietHours.Zone(options.Value.DefaultTimeZone, TimeZoneInfo.Utc);

    public SendDecision Decide(ClaimedDelivery delivery, CampaignPlan campaign, DateTimeOffset now)
    {
        // First: STOP also ends every subscription on the channel, and the campaign's figures count it as an opt-out.
        if (delivery.OptedOut) return SendDecision.Skip(delivery.Id, SkipReasons.OptedOut);
        if (delivery.Subscription != SubscriptionStatus.Active) return SendDecision.Skip(delivery.Id, SkipReasons.Unsubscribed);
        if (!campaign.Content.Messages.ContainsKey(delivery.Language)) return SendDecision.Skip(delivery.Id, SkipReasons.NoTextForLanguage);
        if (campaign.Purpose == ConsentPurpose.Marketing || _options.QuietHoursForService)
        {
            var zone = QuietHours.Zone(delivery.TimeZone, _defaultZone);
            if (QuietHours.DeferUntil(now, zone, _options.QuietHoursStart, _options.QuietHoursEnd) is { } until)
                return SendDecision.Defer(delivery.Id, until, SkipReasons.QuietHours);
        }
        return SendDecision.Dispatch(delivery.Id);
    }

    public bool IsSms(string channelId) => _options.SmsChannels.Contains(channelId, StringComparer.OrdinalIgnoreCase);
}
