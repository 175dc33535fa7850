using DarkSocialBot.Broadcasts.Campaigns;
using DarkSocialBot.Broadcasts.Flights;
using DarkSocialBot.Broadcasts.Sending;
using DarkSocialBot.Broadcasts.Subscriptions;
using DarkSocialBot.Channels.Meta;
using DarkSocialBot.Contacts;
using DarkSocialBot.Core.Turns;
using IMiddleware = DarkSocialBot.Core.Turns.IMiddleware;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts;

public static class BroadcastsExtensions
{
    /// <summary>Subscriptions (chat middleware, import), campaigns, the broadcast worker and the flight-status hook.</summary>
    public static IHostApplicationBuilder AddBroadcasts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BroadcastsOptions>().BindConfiguration(BroadcastsOptions.SectionName)
            .PostConfigure(options =>
            {
                options.Topics.TryAdd("news", new() { Purpose = ConsentPurpose.Marketing, ConsentWording = "news-v1" });
                options.Topics.TryAdd("offers", new() { Purpose = ConsentPurpose.Marketing, ConsentWording = "offers-v1" });
                options.Languages = [.. options.Languages.Select(l => l.Trim().ToLowerInvariant()).Distinct()];
            })
            .ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.DefaultTimeZone, out _), "Broadcasts:DefaultTimeZone is not a known time zone.")
            .Validate(o => o.MessagesPerSecond.Values.All(r => r >= 0), "Broadcasts:MessagesPerSecond values are 0 (unlimited) or more.")
            .Validate(o => string.IsNullOrEmpty(o.FlightMessengerTag), $"Broadcasts:FlightMessengerTag must be empty: {MessengerSender.RetiredTagsReason}.")
            .ValidateOnStart();
        builder.Services.AddSingleton(_ => BroadcastTexts.Load());
        builder.Services.AddSingleton<ChatIntents>();
        builder.Services.AddSingleton<SubscriptionBook>();
        builder.Services.AddSingleton<IMiddleware, SubscriptionMiddleware>();
        // STOP must reach the broadcasts before the opt-out middleware ends the turn (call AddContacts first).
        var optOut = builder.Services.FirstOrDefault(d => d.ServiceType == typeof(IMiddleware) && d.ImplementationType == typeof(OptOutMiddleware));
        var stop = ServiceDescriptor.Singleton<IMiddleware, StopMiddleware>();
        if (optOut is null) builder.Services.Add(stop);
        else builder.Services.Insert(builder.Services.IndexOf(optOut), stop);
        builder.Services.AddSingleton<CampaignService>();
        builder.Services.AddSingleton<FlightStatusBroadcaster>();
        builder.Services.AddSingleton<DarkSocialBot.Dialogs.Airline.IFlightStatusListener, FlightStatusListener>();
        builder.Services.AddSingleton<CampaignPlans>();
        builder.Services.AddSingleton<CampaignProgress>();
        builder.Services.AddSingleton<SendRules>();
        builder.Services.AddSingleton<SenderRates>();
        builder.Services.AddSingleton<SenderPump>();
        builder.Services.AddSingleton<BroadcastWorker>();
        builder.Services.AddHostedService(services => services.GetRequiredService<BroadcastWorker>());
        return builder;
    }
}
