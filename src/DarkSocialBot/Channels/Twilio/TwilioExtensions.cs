using System.Net;
using DarkSocialBot.Contacts;
using DarkSocialBot.Outbox;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace DarkSocialBot.Channels.Twilio;

public static class TwilioExtensions
{
    /// <summary>Twilio SMS and WhatsApp: options, webhook adapter, status callbacks, REST sender with its HTTP client.</summary>
    public static IHostApplicationBuilder AddTwilio(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TwilioOptions>().BindConfiguration(TwilioOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<TwilioAdapter>();
        builder.Services.AddSingleton<TwilioStatusCallback>();
        builder.Services.AddSingleton<TwilioRestClient>();
        builder.Services.AddSingleton<IChannelSender, TwilioSender>();
        builder.Services.AddSingleton(new CarrierKeywordChannel(TwilioChannels.Sms));
        builder.Services.AddChannelCommon();
        builder.Services.AddHttpClient(TwilioRestClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            .RemoveAllLoggers()
            .AddThrottleRetry("twilio"); // 429 / 20429 is never processed and always safe to repeat
        return builder;
    }
}
