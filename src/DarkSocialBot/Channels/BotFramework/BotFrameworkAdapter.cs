using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Turns;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c> as Azure Bot Service and the Emulator expect: authenticate, parse the activity, hand
/// it to the turn processor, and answer 200 (empty), the invoke response, or the inline replies for expectReplies.
/// </summary>
public sealed partial class BotFrameworkAdapter(
    BotFrameworkAuthenticator authenticator,
    TurnProcessor processor,
    IOptions<BotFrameworkOptions> options,
    ILogger<BotFrameworkAdapter> logger)
{
    private static readonly HashSet<string> HandledTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Invoke, ActivityTypes.Event,
        ActivityTypes.EndOfConversation, ActivityTypes.MessageReaction, ActivityTypes.InstallationUpdate,
    };

    public async Task<IResult> ProcessAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > options.Value.MaxRequestBytes)
            return Results.Problem("The activity is too large.", statusCode: StatusCodes.Status413PayloadTooLarge);
        if (!request.HasJsonContentType())
            return Results.Problem("Send the activity as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync(request.Body, ActivityJson.Default.Activity, cancellationToken);
        }
        catch (JsonException ex)
        {
            return Results.Problem($"The body is not a valid activity: {ex.Message}", statusCode: StatusCodes.Status400BadRequest);
        }
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
            return Results.Problem("The activity has no type.", statusCode: StatusCodes.Status400BadRequest);

        var auth = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString(), activity, cancellationToken);
        if (!auth.Succeeded)
        {
            LogUnauthorized(logger, auth.Error);
            return Results.Problem(auth.Error, statusCode: StatusCodes.Status401Unauthorized);
        }
        activity.CallerId = auth.CallerId; // a callerId on the wire is never trusted (A2251)

        if (!HandledTypes.Contains(activity.Type)) return Results.Ok(); // typing and unknown types: acknowledged, ignored
        if (Missing(activity) is { } missing)
            return Results.Problem($"The activity is missing {missing}.", statusCode: StatusCodes.Status400BadRequest);

        var submission = await processor.SubmitAsync(activity, cancellationToken);
        if (activity.IsType(ActivityTypes.Invoke))
        {
            if (submission.Result?.InvokeResponse is not { } invoke) return Results.StatusCode(StatusCodes.Status501NotImplemented);
            return invoke.Body is { } body ? Results.Json(body, statusCode: invoke.Status) : Results.StatusCode(invoke.Status);
        }
        if (string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase))
            return Results.Json(new ExpectedRepliesResponse(submission.Result?.Responses ?? []), ActivityJson.Default.ExpectedRepliesResponse);
        return Results.Ok();
    }

    private static string? Missing(Activity activity) =>
        activity.ChannelId is null or "" ? "channelId"
        : activity.Conversation?.Id is null or "" ? "conversation.id"
        : activity.From?.Id is null or "" ? "from.id"
        : activity.Recipient?.Id is null or "" ? "recipient.id"
        : !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) ? "a valid serviceUrl"
        : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a /api/messages request: {Reason}")]
    private static partial void LogUnauthorized(ILogger logger, string? reason);
}
