using Microsoft.Extensions.Options;

namespace DarkSocialBot.Channels.Twilio;

public static partial class TwilioEndpoints
{
    /// <summary><c>POST /api/twilio</c> (messages) and <c>POST /api/twilio/status</c> (status callbacks); paths are configurable.</summary>
    public static IEndpointRouteBuilder MapTwilio(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<TwilioOptions>>().Value;
        var logger = app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TwilioEndpoints));
        if (options.IsConfigured()) LogOn(logger, options.InboundPath, options.StatusPath);
        else LogOff(logger);

        app.MapPost(options.InboundPath, (HttpContext context, TwilioAdapter adapter, CancellationToken cancellationToken)
            => adapter.ReceiveMessageAsync(context, cancellationToken)).DisableAntiforgery();
        app.MapPost(options.StatusPath, (HttpContext context, TwilioAdapter adapter, CancellationToken cancellationToken)
            => adapter.ReceiveStatusAsync(context, cancellationToken)).DisableAntiforgery();
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Twilio SMS/WhatsApp channel is on: messages at {InboundPath}, statuses at {StatusPath}")]
    private static partial void LogOn(ILogger logger, string inboundPath, string statusPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Twilio SMS/WhatsApp channel is off: set Twilio:AccountSid, Twilio:AuthToken and Twilio:PublicBaseUrl to turn it on")]
    private static partial void LogOff(ILogger logger);
}
