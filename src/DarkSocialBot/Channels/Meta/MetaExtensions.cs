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
        builder.Services.AddSingleton<GraphClient>();
        builder.Services.AddSingleton<IChannelSender, MessengerSender>();
        builder.Services.AddSingleton<IChannelSender, WhatsAppCloudSender>();
        builder.Services.AddChannelCommon();
        builder.Services.AddHttpClient(GraphClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            .RemoveAllLoggers() // URLs carry appsecret_proof
            .AddResilienceHandler("meta", pipeline =>
            {
                // An HTTP 429 was not processed: safe to repeat. Graph throttling codes (130429, 613…) go back to the dispatcher.
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 2,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(200),
                    MaxDelay = TimeSpan.FromSeconds(3),
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(10));
            });
        return builder;
    }
}
