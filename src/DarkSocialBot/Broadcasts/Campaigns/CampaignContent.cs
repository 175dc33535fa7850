namespace DarkSocialBot.Broadcasts.Campaigns;

/// <summary>
/// What a campaign says: a message per language; optionally an SMS text per language (SMS channels), the approved
/// WhatsApp template to use where free-form messages are not allowed, and data for <c>{{placeholders}}</c>.
/// </summary>
public sealed record CampaignContent(
    Dictionary<string, string> Messages,
    Dictionary<string, string>? Sms = null,
    CampaignTemplate? Template = null,
    Dictionary<string, string>? Data = null);

/// <summary>
/// A WhatsApp template: its Meta name and/or Twilio ContentSid (<c>HX…</c>), variables by position (<c>{"1": "{{flight}}"}</c>),
/// and the template language code per language when it differs from the language (<c>{"en": "en_US"}</c>).
/// </summary>
public sealed record CampaignTemplate(
    string? Name = null,
    string? ContentSid = null,
    Dictionary<string, string>? Variables = null,
    Dictionary<string, string>? LanguageCodes = null);
