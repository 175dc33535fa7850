using Microsoft.Extensions.Options;

namespace DarkSocialBot.Channels.Meta;

public static partial class MetaEndpoints
{
    /// <summary><c>GET /api/meta</c> (verification) and <c>POST /api/meta</c> (Messenger and WhatsApp Cloud webhooks).</summary>
    public static IEndpointRouteBuilder MapMeta(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<MetaOptions>>().Value;
        var logger = app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MetaEndpoints));
        LogStatus(logger, options.MessengerConfigured() ? "on" : "off", options.WhatsAppConfigured() ? "on" : "off");

        app.MapGet("/api/meta", (HttpRequest request, MetaAdapter adapter) => adapter.Verify(request));
        app.MapPost("/api/meta", (HttpContext context, MetaAdapter adapter, CancellationToken cancellationToken)
            => adapter.ReceiveAsync(context, cancellationToken)).DisableAntiforgery();
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Meta channels: Messenger is {Messenger}, WhatsApp Cloud API is {WhatsApp} (set Meta:AppSecret, Meta:VerifyToken and Meta:PageAccessToken / Meta:WhatsAppAccessToken to turn them on)")]
    private static partial void LogStatus(ILogger logger, string messenger, string whatsApp);
}
