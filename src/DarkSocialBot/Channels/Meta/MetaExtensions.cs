using System.Net;
using DarkSocialBot.Outbox;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace DarkSocialBot.Channels.Meta;

public static class MetaExtensions
{
    /// <summary>Messenger and WhatsApp Cloud API: options, webhook adapter, Graph client and the two senders.</summary>
    public static IHostApplicationBuilder AddMeta(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetaOptions>().BindConfiguration(MetaOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<MetaAdapter>();
        // First of all middleware: a standby message (another app owns the thread) reaches no other.
        var standby = ServiceDescriptor.Singleton<Core.Turns.IMiddleware, StandbyMiddleware>();
        var first = builder.Services.FirstOrDefault(d => d.ServiceType == typeof(Core.Turns.IMiddleware));
        if (first is null) builder.Services.Add(standby);
        else builder.Services.Insert(builder.Services.IndexOf(first), standby);
        builder.Services.AddSingleton<GraphClient>();
        builder.Services.AddSingleton<IChannelSender, MessengerSender>();
        builder.Services.AddSingleton<IChannelSender, WhatsAppCloudSender>();
        builder.Services.AddChannelCommon();
        builder.Services.AddHttpClient(GraphClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            .RemoveAllLoggers() // URLs carry appsecret_proof
            .AddThrottleRetry("meta"); // Graph throttling codes (130429, 613…) go back to the dispatcher
        return builder;
    }
}
