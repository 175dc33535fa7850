namespace DarkSocialBot.Channels.BotFramework;

public static class BotFrameworkExtensions
{
    public const string HttpClientName = "BotFramework";
    public const string OpenIdHttpClientName = "BotFramework.OpenId";

    // With this switch Microsoft.IdentityModel refreshes keys in the calling request instead of on a background
    // thread, so a token signed with a freshly rotated key succeeds on the first try (see OpenIdKeySource).
    private const string BlockingKeyRefreshSwitch = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    /// <summary>Process-wide IdentityModel settings; the library reads them once, so they are set before first use.</summary>
    public static void ApplyProcessSwitches() => AppContext.SetSwitch(BlockingKeyRefreshSwitch, true);

    public static IHostApplicationBuilder AddBotFramework(this IHostApplicationBuilder builder)
    {
        ApplyProcessSwitches();
        builder.Services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<OpenIdKeySources>();
        builder.Services.AddSingleton<BotFrameworkTokenValidator>();
        builder.Services.AddSingleton<BotFrameworkAuthenticator>();
        builder.Services.AddSingleton<BotFrameworkAdapter>();
        builder.Services.AddSingleton<ConnectorTokenProvider>();
        builder.Services.AddSingleton<BotFrameworkSender>();
        builder.Services.AddHttpClient(HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15)).RemoveAllLoggers();
        // Held for the life of the key cache: recycle pooled connections rather than the handler.
        builder.Services.AddHttpClient(OpenIdHttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        return builder;
    }
}
