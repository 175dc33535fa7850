using System.ComponentModel.DataAnnotations;

namespace DarkSocialBot.Channels.Meta;

/// <summary>
/// Section <c>Meta</c> (Messenger and WhatsApp Cloud API). The webhook is on when <see cref="AppSecret"/> and
/// <see cref="VerifyToken"/> are set; Messenger also needs <see cref="PageAccessToken"/>, WhatsApp
/// <see cref="WhatsAppAccessToken"/>. Otherwise <c>/api/meta</c> answers 404 and the rest of the bot runs.
/// </summary>
public sealed class MetaOptions
{
    public const string SectionName = "Meta";

    /// <summary>Signs every webhook (<c>X-Hub-Signature-256</c>) and the <c>appsecret_proof</c> of Graph calls.</summary>
    public string? AppSecret { get; set; }

    /// <summary>The token you typed in the App Dashboard; Meta sends it back in the verification request.</summary>
    public string? VerifyToken { get; set; }

    public string? PageAccessToken { get; set; }
    public string? WhatsAppAccessToken { get; set; }

    /// <summary>The business phone number id that sends WhatsApp messages; empty uses the one the customer wrote to.</summary>
    public string? WhatsAppPhoneNumberId { get; set; }

    [Required, Url]
    public string GraphBaseUrl { get; set; } = "https://graph.facebook.com";

    [Required, RegularExpression(@"^v\d+\.\d+$")]
    public string GraphApiVersion { get; set; } = "v25.0";

    /// <summary>Approved WhatsApp template sent outside the 24-hour window; without it such sends fail with TemplateRequired.</summary>
    public string? WhatsAppTemplateName { get; set; }

    public string WhatsAppTemplateLanguage { get; set; } = "en_US";

    /// <summary>Whether the template has one body variable that receives the message text.</summary>
    public bool WhatsAppTemplateTextParameter { get; set; }

    /// <summary>
    /// An approved Messenger utility template of the Page (Meta's Utility Messages, <c>messaging_type: UTILITY</c>), sent
    /// outside the 24-hour window for flight updates, service broadcasts and the bot's own messages, never for marketing;
    /// empty = such sends fail with OutsideWindow.
    /// </summary>
    public string? MessengerUtilityTemplateName { get; set; }

    /// <summary>The template's language code (<c>language.code</c>), for customers whose language has none in <see cref="MessengerUtilityTemplateLanguages"/>.</summary>
    public string MessengerUtilityTemplateLanguage { get; set; } = "en";

    /// <summary>The template's language code per customer language (<c>fr</c> → <c>fr_FR</c>): the template in their language.</summary>
    public Dictionary<string, string> MessengerUtilityTemplateLanguages { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the template has one body variable that receives the message text.</summary>
    public bool MessengerUtilityTemplateTextParameter { get; set; }

    /// <summary>That variable's name for a template created with <c>parameter_format: NAMED</c> (<c>{{update}}</c> → <c>update</c>); empty = positional (<c>{{1}}</c>).</summary>
    public string? MessengerUtilityTemplateParameterName { get; set; }

    /// <summary>Send API calls per second per Page (text: 300); 0 = unlimited.</summary>
    [Range(0, 100_000)]
    public double MessengerCallsPerSecond { get; set; } = 300;

    /// <summary>Messages per second per WhatsApp business number (default 80); 0 = unlimited.</summary>
    [Range(0, 100_000)]
    public double WhatsAppMessagesPerSecond { get; set; } = 80;

    /// <summary>
    /// How long to wait before trying a message again when Meta holds back the sender's messages for a while (a Page restricted,
    /// 10/1893063; temporarily blocked for policy violations, 368): such a block lasts far longer than a throttling.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan RestrictedRetryDelay { get; set; } = TimeSpan.FromMinutes(15);

    [Range(1024, 8 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 2 * 1024 * 1024;

    public bool WebhookConfigured() => !string.IsNullOrWhiteSpace(AppSecret) && !string.IsNullOrWhiteSpace(VerifyToken);

    public bool MessengerConfigured() => WebhookConfigured() && !string.IsNullOrWhiteSpace(PageAccessToken);

    public bool WhatsAppConfigured() => WebhookConfigured() && !string.IsNullOrWhiteSpace(WhatsAppAccessToken);
}
