namespace DarkSocialBot.Core.Attribution;

/// <summary>Where a tracked entry code was found.</summary>
public enum TrackedEntryKind
{
    /// <summary>The <c>ref</c> of an <c>m.me/&lt;page&gt;?ref=&lt;code&gt;</c> link, passed to the Messenger webhook as <c>referral.ref</c>.</summary>
    MessengerRef,
    /// <summary>A WhatsApp click-to-chat pre-filled text carrying "[ref:CODE]".</summary>
    WhatsAppPrefill,
    /// <summary>A "#CODE" in the first message (printed on a poster, read out on a podcast).</summary>
    Hashtag,
    /// <summary>UTM parameters (<c>utm_source=whatsapp&amp;utm_medium=sms&amp;utm_campaign=private-share</c>).</summary>
    Utm,
    /// <summary>
    /// An ad (or a promoted post) the provider names: a click-to-WhatsApp <c>message.referral</c> (<c>source_type</c> ad or
    /// post, <c>source_id</c>) or a click-to-Messenger <c>referral</c> with <c>source: ADS</c> and an <c>ad_id</c> but no ref.
    /// </summary>
    Ad,
}
