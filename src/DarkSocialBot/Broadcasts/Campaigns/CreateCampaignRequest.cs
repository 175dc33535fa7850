namespace DarkSocialBot.Broadcasts.Campaigns;

/// <summary><c>POST /api/admin/broadcasts/campaigns</c>: without <see cref="SendAt"/> the campaign starts at once.</summary>
public sealed record CreateCampaignRequest(
    string? Name,
    CampaignSegment? Segment,
    Dictionary<string, string>? Messages,
    Dictionary<string, string>? Sms = null,
    CampaignTemplate? Template = null,
    Dictionary<string, string>? Data = null,
    DateTimeOffset? SendAt = null,
    string? MessengerTag = null);
