using Microsoft.Extensions.Options;

namespace DarkSocialBot.Channels.BotFramework;

/// <summary>The two key caches a bot with an app id needs: Azure Bot Service channels and the Emulator (Entra ID).</summary>
internal sealed class OpenIdKeySources(IHttpClientFactory httpFactory, IOptions<BotFrameworkOptions> options, TimeProvider time)
{
    private readonly Lazy<OpenIdKeySource> _channel = new(() => Create(httpFactory, options.Value.ChannelOpenIdMetadataUrl, time));
    private readonly Lazy<OpenIdKeySource> _emulator = new(() => Create(httpFactory, options.Value.EmulatorOpenIdMetadataUrl, time));

    public OpenIdKeySource Channel => _channel.Value;

    public OpenIdKeySource Emulator => _emulator.Value;

    // The client lives as long as the cache; its handler recycles connections (BotFrameworkExtensions) so DNS changes are seen.
    private static OpenIdKeySource Create(IHttpClientFactory httpFactory, string metadataUrl, TimeProvider time) =>
        new(metadataUrl, httpFactory.CreateClient(BotFrameworkExtensions.OpenIdHttpClientName), time);
}
