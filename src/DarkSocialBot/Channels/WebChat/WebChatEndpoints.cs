using System.Security.Cryptography;
using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.State;
using DarkSocialBot.Storage;
using DarkSocialBot.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Channels.WebChat;

/// <summary>
/// The try-it-locally chat page's API: start a conversation, post messages (through the same turn pipeline as every
/// channel), and read replies. The conversation id is an unguessable token the page keeps.
/// </summary>
public static class WebChatEndpoints
{
    public const string ChannelId = "web";
    public const string ApiPath = "/api/webchat";
    private const int MaxTextLength = 5000;
    private const string LocalServiceUrl = "http://localhost/webchat/"; // replies never leave the host

    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<IOptions<WebChatOptions>>().Value.Enabled) return app;
        var group = app.MapGroup(ApiPath + "/conversations").DisableAntiforgery();
        group.MapPost("/", StartAsync);
        group.MapPost("/{conversationId}/messages", PostMessageAsync).RequireRateLimiting(WebChatExtensions.PostPolicy);
        group.MapGet("/{conversationId}/activities", ReadActivitiesAsync);
        return app;
    }

    /// <summary>
    /// With <c>WebChat:Enabled</c> false, the chat page's files (<c>/</c>, <c>/index.html</c>, its script and style) answer 404
    /// with the reason, ahead of the static files; the admin pages are served as before.
    /// </summary>
    public static IApplicationBuilder UseWebChatPage(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<IOptions<WebChatOptions>>().Value.Enabled) return app;
        return app.UseWhen(context => PagePaths.Contains(context.Request.Path.Value ?? ""), page => page.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status404NotFound, Detail = "The web chat is turned off on this host (WebChat:Enabled)." },
            }).AsTask();
        }));
    }

    private static readonly HashSet<string> PagePaths = new(["/", "/index.html", "/webchat.js", "/webchat.css"], StringComparer.OrdinalIgnoreCase);

    private static async Task<IResult> StartAsync(StartRequest? body, TurnProcessor processor, CancellationToken cancellationToken)
    {
        var conversationId = RandomNumberGenerator.GetHexString(32, lowercase: true);
        var activity = NewActivity(conversationId, body?.Locale);
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.MembersAdded = [activity.From!, activity.Recipient!];
        await processor.SubmitAsync(activity, cancellationToken);
        return Results.Ok(new StartResponse(conversationId));
    }

    private static async Task<IResult> PostMessageAsync(string conversationId, MessageRequest? body,
        TurnProcessor processor, CancellationToken cancellationToken)
    {
        if (!IsConversationId(conversationId)) return Results.Problem("Unknown conversation.", statusCode: 404);
        if (body is null || (string.IsNullOrWhiteSpace(body.Text) && string.IsNullOrWhiteSpace(body.Value)))
            return Results.Problem("Send a text.", statusCode: 400);
        var text = string.IsNullOrWhiteSpace(body.Text) ? body.Value! : body.Text;
        if (text.Length > MaxTextLength)
            return Results.Problem($"Messages are limited to {MaxTextLength} characters.", statusCode: 400);
        var activity = NewActivity(conversationId, body.Locale);
        activity.Type = ActivityTypes.Message;
        activity.Text = text;
        var submission = await processor.SubmitAsync(activity, cancellationToken);
        return Results.Accepted(value: new { submission.Status });
    }

    private static async Task<IResult> ReadActivitiesAsync(string conversationId, long? after, BotDbContext db, CancellationToken cancellationToken)
    {
        if (!IsConversationId(conversationId)) return Results.Problem("Unknown conversation.", statusCode: 404);
        var key = $"{ChannelId}/conversations/{conversationId}";
        var rows = await db.Outbox.AsNoTracking()
            // Delivered rows only: the sender is where a reply is refused (an opted-out customer), and the page is the channel.
            .Where(e => e.ConversationKey == key && e.Id > (after ?? 0) && e.Status == OutboxStatus.Sent)
            .OrderBy(e => e.Id).Take(100)
            .Select(e => new { e.Id, e.Payload })
            .ToListAsync(cancellationToken);
        var activities = rows.Select(r => new WebChatActivity(r.Id, JsonSerializer.Deserialize(r.Payload, ActivityJson.Default.Activity)!));
        return Results.Ok(activities);
    }

    private static Activity NewActivity(string conversationId, string? locale) => new()
    {
        ChannelId = ChannelId,
        ServiceUrl = LocalServiceUrl,
        From = new ChannelAccount { Id = $"web-user-{conversationId[..12]}", Name = "You" },
        Recipient = new ChannelAccount { Id = "bot", Name = "DarkSocialBot" },
        Conversation = new ConversationAccount { Id = conversationId },
        Locale = string.IsNullOrWhiteSpace(locale) || locale.Length > 35 ? null : locale,
    };

    private static bool IsConversationId(string value) => value.Length == 32 && value.All(char.IsAsciiHexDigitLower);

    public sealed record StartRequest(string? Locale);
    public sealed record StartResponse(string ConversationId);
    public sealed record MessageRequest(string? Text, string? Value, string? Locale);
    public sealed record WebChatActivity(long Id, Activity Activity);
}
