using DarkSocialBot.Dialogs.Handoff;
using DarkSocialBot.Outbox;

namespace DarkSocialBot.Handoffs;

public static class HandoffExtensions
{
    /// <summary>Handoffs to human agents: the desk the dialogs open them at, the middleware that keeps the bot quiet meanwhile.</summary>
    public static IHostApplicationBuilder AddHandoffs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HandoffOptions>().BindConfiguration(HandoffOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ProactiveMessenger>();
        builder.Services.AddSingleton<HandoffDesk>();
        builder.Services.AddSingleton<IHandoffDesk>(services => services.GetRequiredService<HandoffDesk>());
        builder.Services.AddSingleton<Core.Turns.IMiddleware, HandoffMiddleware>();
        // Customer media opened by agents (streamed through: WhatsApp documents reach 100 MB); the timeout bounds the headers.
        builder.Services.AddHttpClient(HandoffMedia.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(60));
        return builder;
    }
}
