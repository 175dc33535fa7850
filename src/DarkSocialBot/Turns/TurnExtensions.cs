using DarkSocialBot.Core.State;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Outbox;

namespace DarkSocialBot.Turns;

public static class TurnExtensions
{
    /// <summary>Durable, ordered turns: inbox, state store, turn runner and processor, outbox dispatcher, recovery.</summary>
    public static IHostApplicationBuilder AddTurns(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TurnOptions>().BindConfiguration(TurnOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<TurnStore>();
        builder.Services.AddSingleton<IConversationStore>(services => services.GetRequiredService<TurnStore>());
        builder.Services.AddSingleton<TurnRunner>();
        builder.Services.AddSingleton<TurnProcessor>();
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OutboxDispatcher>());
        builder.Services.AddHostedService<TurnRecoveryWorker>();
        return builder;
    }
}
