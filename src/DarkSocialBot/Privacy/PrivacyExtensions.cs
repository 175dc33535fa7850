using DarkSocialBot.Attribution;
using DarkSocialBot.Core.Turns;
using IMiddleware = DarkSocialBot.Core.Turns.IMiddleware;
using DarkSocialBot.Dialogs.Texts;
using DarkSocialBot.Privacy.Providers;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DarkSocialBot.Privacy;

public static class PrivacyExtensions
{
    /// <summary>
    /// Privacy by design: the chat commands ("delete my data", "what do you know about me") as the first middleware of every
    /// turn after the contacts' opt-out (call it before the other features' Add methods), erasure, access export and the retention
    /// purge. Admin endpoints: <see cref="PrivacyEndpoints.MapPrivacy"/>.
    /// </summary>
    public static IHostApplicationBuilder AddPrivacy(this IHostApplicationBuilder builder)
    {
        builder.AddCustomerKeys();
        builder.Services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(_ => BrandTexts.Load());
        builder.Services.AddSingleton<CustomerEraser>();
        builder.Services.AddSingleton<CustomerDataExport>();
        builder.Services.AddSingleton<RetentionSweeper>();
        builder.Services.AddHostedService<RetentionWorker>();
        builder.Services.AddSingleton<ProviderDeleter>();
        builder.Services.AddHostedService<ProviderDeletionWorker>();
        builder.Services.AddSingleton<IMiddleware, PrivacyMiddleware>();
        return builder;
    }
}
