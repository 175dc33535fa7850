using DarkSocialBot.Attribution;
using DarkSocialBot.Core.Turns;
using IMiddleware = DarkSocialBot.Core.Turns.IMiddleware;
using DarkSocialBot.Dialogs.Texts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DarkSocialBot.Sentiment;

public static class SentimentExtensions
{
    /// <summary>Scores every customer message and offers a human when one is strongly negative. Admin endpoint: <see cref="SentimentEndpoints.MapSentiment"/>.</summary>
    public static IHostApplicationBuilder AddSentiment(this IHostApplicationBuilder builder)
    {
        builder.AddCustomerKeys();
        builder.Services.AddOptions<SentimentOptions>().BindConfiguration(SentimentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(_ => BrandTexts.Load());
        builder.Services.AddSingleton<IMiddleware, SentimentMiddleware>();
        return builder;
    }
}
