using DarkSocialBot.Core.Dialogs;
using DarkSocialBot.Core.Turns;
using IMiddleware = DarkSocialBot.Core.Turns.IMiddleware;
using DarkSocialBot.Dialogs.Attribution;
using DarkSocialBot.Dialogs.Intents;
using DarkSocialBot.Dialogs.Texts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DarkSocialBot.Attribution;

public static class AttributionExtensions
{
    /// <summary>
    /// Attribution: customer pseudonyms, the "how did you hear about us?" dialog (a <see cref="Dialog"/> singleton with id
    /// <c>hdyhau</c>, which the brand's bot registers in its dialog manager) and the recorder behind it, and the middleware that
    /// captures tracked entries at the start of conversations. Admin endpoints: <see cref="AttributionEndpoints.MapAttribution"/>.
    /// </summary>
    public static IHostApplicationBuilder AddAttribution(this IHostApplicationBuilder builder)
    {
        builder.AddCustomerKeys();
        builder.Services.TryAddSingleton(_ => BrandTexts.Load());
        builder.Services.AddSingleton<IAttributionRecorder, AttributionRecorder>();
        builder.Services.AddSingleton<Dialog>(services =>
            new HowDidYouHearDialog(services.GetRequiredService<IAttributionRecorder>(), services.GetRequiredService<BrandTexts>().Hdyhau,
                requestOf: BrandIntents.ClearRequest));
        builder.Services.AddSingleton<IMiddleware, TrackedEntryMiddleware>();
        return builder;
    }

    /// <summary>The keyed pseudonyms every feature that stores or exports customer data uses (once, whoever asks first).</summary>
    internal static IHostApplicationBuilder AddCustomerKeys(this IHostApplicationBuilder builder)
    {
        if (builder.Services.Any(s => s.ServiceType == typeof(CustomerKeys))) return builder;
        builder.Services.AddOptions<AttributionOptions>().BindConfiguration(AttributionOptions.SectionName).ValidateDataAnnotations()
            .Validate(AttributionOptions.HasValidKey, "Attribution:PseudonymKey must be base64 of at least 32 bytes (openssl rand -base64 32).")
            .ValidateOnStart();
        builder.Services.AddSingleton<CustomerKeys>();
        return builder;
    }
}
