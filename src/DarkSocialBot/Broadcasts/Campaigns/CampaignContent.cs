namespace DarkSocialBot.Broadcasts.Campaigns;

/// <summary>
/// What a campaign says: a message per language; optionally an SMS text per language (SMS channels), the approved
/// WhatsApp template to use where free-form messages are not allowed, data for <c>{{placeholders}}</c>, and the Messenger
/// update tag (service topics only) that lets it reach Messenger subscribers outside the 24-hour window.
/// </summary>
public sealed record CampaignContent(
    Dictionary<string, string> Messages,
    Dictionary<string, string>? Sms = null,
    CampaignTemplate? Template = null,
    Dictionary<string, string>? Data = null,
    string? MessengerTag = null);
