namespace DarkSocialBot.Channels.BotFramework;

/// <summary>
/// Section <c>BotFramework</c>. With no <see cref="AppId"/> the bot is anonymous (Bot Framework Emulator, local web
/// chat). With one, inbound requests need a valid channel or Emulator token and replies carry a bearer token.
/// Every URL is configurable so tests run against local endpoints.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    public string? AppId { get; set; }
    public string? AppPassword { get; set; }

    /// <summary>Single-tenant bots: the Entra tenant id; empty uses the multi-tenant <c>botframework.com</c> tenant.</summary>
    public string? TenantId { get; set; }

    public string ChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    public string ChannelIssuer { get; set; } = "https://api.botframework.com";

    public string[] EmulatorIssuers { get; set; } =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    /// <summary>Login authority for outbound tokens; <c>{tenant}/oauth2/v2.0/token</c> is appended.</summary>
    public string LoginBaseUrl { get; set; } = "https://login.microsoftonline.com/";
    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Largest accepted request body, in bytes.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    public bool IsAnonymous => string.IsNullOrWhiteSpace(AppId);
}
