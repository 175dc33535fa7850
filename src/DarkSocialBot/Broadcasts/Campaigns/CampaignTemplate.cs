namespace DarkSocialBot.Broadcasts.Campaigns;

/// <summary>
/// A WhatsApp template: its Meta name and/or Twilio ContentSid (<c>HX…</c>), variables by position (<c>{"1": "{{flight}}"}</c>),
/// and the template language code per language when it differs from the language (<c>{"en": "en_US"}</c>).
/// </summary>
public sealed record CampaignTemplate(
    string? Name = null,
    string? ContentSid = null,
    Dictionary<string, string>? Variables = null,
    Dictionary<string, string>? LanguageCodes = null);
