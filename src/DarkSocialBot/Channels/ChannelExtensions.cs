namespace DarkSocialBot.Channels;

internal static class ChannelExtensions
{
    /// <summary>Services every messaging channel shares (registered once however many channels ask).</summary>
    public static IServiceCollection AddChannelCommon(this IServiceCollection services)
    {
        if (services.All(s => s.ServiceType != typeof(SenderRateLimiter))) services.AddSingleton<SenderRateLimiter>();
        return services;
    }
}
