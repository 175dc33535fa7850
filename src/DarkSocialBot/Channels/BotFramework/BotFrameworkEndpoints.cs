namespace DarkSocialBot.Channels.BotFramework;

public static class BotFrameworkEndpoints
{
    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", (HttpRequest request, BotFrameworkAdapter adapter, CancellationToken cancellationToken)
            => adapter.ProcessAsync(request, cancellationToken)).DisableAntiforgery();
        return app;
    }
}
