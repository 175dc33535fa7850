namespace DarkSocialBot.Channels.BotFramework;

public static class BotFrameworkExtensions
{
    public const string HttpClientName = "BotFramework";

    public static IHostApplicationBuilder AddBotFramework(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<BotFrameworkAuthenticator>();
        builder.Services.AddSingleton<BotFrameworkAdapter>();
        builder.Services.AddSingleton<ConnectorTokenProvider>();
        builder.Services.AddSingleton<BotFrameworkSender>();
        builder.Services.AddHttpClient(HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15)).RemoveAllLoggers();
        return builder;
    }
}
