namespace DarkSocialBot.Broadcasts.Campaigns;

/// <summary>
/// A WhatsApp template: its Meta name and/or Twilio ContentSid (<c>HX…</c>), variables by position (<c>{"1": "{{flight}}"}</c>),
/// the template language code per language when it differs from the language (<c>{"en": "en_US"}</c>), and, since a Twilio
/// content template has one language, its ContentSid per language (<c>{"fr": "HX…"}</c>; <see cref="ContentSid"/> for the others).
/// </summary>
public sealed record CampaignTemplate(
    string? Name = null,
    string? ContentSid = null,
    Dictionary<string, string>? Variables = null,
    Dictionary<string, string>? LanguageCodes = null,
    Dictionary<string, string>? ContentSids = null);
