using DarkSocialBot.Core.Turns;
using DarkSocialBot.Dialogs;
using DarkSocialBot.Dialogs.Airline;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Airline;

public static class AirlineExtensions
{
    /// <summary>
    /// The brand's bot (<see cref="AirlineBot"/>) over the demo airline in the database, seeded at start; its texts; flight
    /// operations for the admin API. Register <see cref="IFlightStatusListener"/>s to hear about status changes, and extra
    /// dialogs as <c>Dialog</c> singletons (the "how did you hear about us?" dialog, id <c>hdyhau</c>).
    /// </summary>
    public static IHostApplicationBuilder AddAirline(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AirlineOptions>().BindConfiguration(AirlineOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(_ => BrandTexts.Load());
        builder.Services.AddSingleton<IAirlineBackend, DemoAirline>();
        builder.Services.AddSingleton<FlightOperations>();
        builder.Services.AddSingleton<DemoAirlineSeeder>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DemoAirlineSeeder>());
        builder.Services.AddSingleton<IBot, AirlineBot>();
        // The apology for a failed turn in the brand's words (replaces the runner registered by AddTurns).
        builder.Services.AddSingleton(services =>
        {
            var runner = ActivatorUtilities.CreateInstance<TurnRunner>(services);
            var texts = services.GetRequiredService<BrandTexts>();
            runner.ApologyText = context => texts.Engine.Apology.Get(context.Locale);
            return runner;
        });
        return builder;
    }

    /// <summary>The public boarding pass pages (the admin endpoints are mapped with <see cref="AirlineAdminEndpoints.MapAirlineAdmin"/>).</summary>
    public static IEndpointRouteBuilder MapAirline(this IEndpointRouteBuilder app) => app.MapBoardingPasses();
}
