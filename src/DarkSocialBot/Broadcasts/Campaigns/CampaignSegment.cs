namespace DarkSocialBot.Broadcasts.Campaigns;

/// <summary>
/// Who a campaign reaches: the active subscribers of <see cref="Topic"/>, optionally only on one channel, speaking
/// one of <see cref="Languages"/>, carrying every one of <see cref="Tags"/>, seen in the last <see cref="LastSeenWithinDays"/> days.
/// </summary>
public sealed record CampaignSegment(
    string? Topic,
    string? ChannelId = null,
    string[]? Languages = null,
    string[]? Tags = null,
    int? LastSeenWithinDays = null);
