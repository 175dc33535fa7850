using DarkSocialBot.Core.State;
using DarkSocialBot.Core.Turns;
using DarkSocialBot.Outbox;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Turns;

public static class TurnExtensions
{
    /// <summary>Durable, ordered turns: inbox, state store, turn runner and processor, outbox dispatcher, recovery.</summary>
    public static IHostApplicationBuilder AddTurns(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TurnOptions>().BindConfiguration(TurnOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Turns:TimeZone is not a known time zone.").ValidateOnStart();
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<TimeProvider>(services =>
            new CustomerTimeProvider(TimeZoneInfo.FindSystemTimeZoneById(services.GetRequiredService<IOptions<TurnOptions>>().Value.TimeZone)));
        builder.Services.AddSingleton<TurnStore>();
        builder.Services.AddSingleton<IConversationStore>(services => services.GetRequiredService<TurnStore>());
        builder.Services.AddSingleton<TurnRunner>();
        builder.Services.AddSingleton<TurnProcessor>();
        builder.Services.AddSingleton<Core.Turns.IMiddleware, ReactionMiddleware>();
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OutboxDispatcher>());
        builder.Services.AddHostedService<TurnRecoveryWorker>();
        return builder;
    }
}
