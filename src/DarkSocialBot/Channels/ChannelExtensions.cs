using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace DarkSocialBot.Channels;

internal static class ChannelExtensions
{
    /// <summary>Services every messaging channel shares (registered once however many channels ask).</summary>
    public static IServiceCollection AddChannelCommon(this IServiceCollection services)
    {
        if (services.All(s => s.ServiceType != typeof(SenderRateLimiter))) services.AddSingleton<SenderRateLimiter>();
        return services;
    }

    /// <summary>
    /// A provider's HTTP 429 means the request was not processed, so repeating it is safe: 3 attempts at most,
    /// exponential backoff with jitter, 10 s per attempt. Everything else goes back to the dispatcher's retries.
    /// </summary>
    public static IHttpClientBuilder AddThrottleRetry(this IHttpClientBuilder builder, string name)
    {
        builder.AddResilienceHandler(name, pipeline =>
        {
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
