using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Turns;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c> as Azure Bot Service and the Emulator expect: authenticate, parse the activity, hand
/// it to the turn processor, and answer 200 (empty), the invoke response, or the inline replies for expectReplies.
/// Bad input gets a 4xx; nothing a caller sends makes it answer 500.
/// </summary>
internal sealed partial class BotFrameworkAdapter(
    BotFrameworkAuthenticator authenticator,
    TurnProcessor processor,
    IOptions<BotFrameworkOptions> options,
    ILogger<BotFrameworkAdapter> logger)
{
    /// <summary>
    /// Reaction types that channels send by name (Bot Framework's <c>like</c> and <c>plusOne</c>; Teams' like, heart, laugh,
    /// surprised, sad, angry) as the emoji the customer saw, so a 👍 answers a yes/no question on every channel alike.
    /// </summary>
    private static readonly Dictionary<string, string> ReactionEmoji = new(StringComparer.OrdinalIgnoreCase)
    {
        ["like"] = "👍", ["plusOne"] = "👍", ["heart"] = "❤️", ["laugh"] = "😆", ["surprised"] = "😮", ["sad"] = "😢", ["angry"] = "😡",
    };

    private static readonly HashSet<string> HandledTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Invoke, ActivityTypes.Event,
        ActivityTypes.EndOfConversation, ActivityTypes.MessageReaction, ActivityTypes.InstallationUpdate,
        ActivityTypes.MessageUpdate, ActivityTypes.MessageDelete,
    };

    public async Task<IResult> ProcessAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var maxBytes = options.Value.MaxRequestBytes;
        if (request.ContentLength > maxBytes) return TooLarge();
        if (!request.HasJsonContentType())
            return Results.Problem("Send the activity as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        if (await RequestBody.ReadAsync(request, maxBytes, cancellationToken) is not { } body) return TooLarge();

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body.Span, ActivityJson.Default.Activity);
        }
        catch (JsonException)
        {
            return Results.Problem("The body is not a valid activity.", statusCode: StatusCodes.Status400BadRequest);
        }
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
            return Results.Problem("The activity has no type.", statusCode: StatusCodes.Status400BadRequest);

        var auth = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString(), activity, cancellationToken);
        if (!auth.Succeeded)
        {
            LogUnauthorized(logger, auth.Error);
            return auth.Retryable
                ? Results.Problem("The caller cannot be verified right now.", statusCode: StatusCodes.Status503ServiceUnavailable)
                : Results.Problem("The request is not authorized.", statusCode: StatusCodes.Status401Unauthorized);
        }
        activity.CallerId = auth.CallerId; // a callerId on the wire is never trusted (A2251)

        if (!HandledTypes.Contains(activity.Type)) return Results.Ok(); // typing and unknown types: acknowledged, ignored
        if (Missing(activity) is { } missing)
            return Results.Problem($"The activity is missing {missing}.", statusCode: StatusCodes.Status400BadRequest);
        if (MessageChange.Is(activity)) MessageChange.Key(activity);
        if (Unstorable(activity) is { } field)
            return Results.Problem($"The activity's {field} is too long or holds a NUL character.", statusCode: StatusCodes.Status400BadRequest);

        foreach (var reaction in (activity.ReactionsAdded ?? []).Concat(activity.ReactionsRemoved ?? []))
            if (reaction?.Type is { } name && ReactionEmoji.TryGetValue(name, out var emoji)) reaction.Type = emoji; // [null] is the channel's, and harmless

        TurnSubmission submission;
        try
        {
            submission = await processor.SubmitAsync(activity, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Storage trouble: the channel retries, and a stored activity is deduplicated by its id.
            LogSubmitFailed(logger, ex);
            return Results.Problem("The activity could not be accepted; try again.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (activity.IsType(ActivityTypes.Invoke))
        {
            if (submission.Result?.InvokeResponse is not { } invoke) return Results.StatusCode(StatusCodes.Status501NotImplemented);
            return invoke.Body is { } invokeBody ? Results.Json(invokeBody, statusCode: invoke.Status) : Results.StatusCode(invoke.Status);
        }
        if (string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase))
            return Results.Json(new ExpectedRepliesResponse(submission.Result?.Responses ?? []), ActivityJson.Default.ExpectedRepliesResponse);
        return Results.Ok();
    }

    private static IResult TooLarge() =>
        Results.Problem("The activity is too large.", statusCode: StatusCodes.Status413PayloadTooLarge);

    private static string? Missing(Activity activity) =>
        string.IsNullOrWhiteSpace(activity.ChannelId) ? "channelId"
        : string.IsNullOrWhiteSpace(activity.Conversation?.Id) ? "conversation.id"
        : string.IsNullOrWhiteSpace(activity.From?.Id) ? "from.id"
        : string.IsNullOrWhiteSpace(activity.Recipient?.Id) ? "recipient.id"
        : !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) ? "a valid serviceUrl"
        : null;

    /// <summary>
    /// A key the inbox cannot hold (its columns' lengths; PostgreSQL refuses U+0000): a 400 now, rather than a 503 the channel
    /// would retry for ever.
    /// </summary>
    private static string? Unstorable(Activity activity) =>
        Bad(activity.Id, 256) ? "id" : Bad(activity.ChannelId, 64) ? "channelId" : Bad(activity.Conversation?.Id, 400) ? "conversation.id" : null;

    private static bool Bad(string? value, int maxLength) => value is not null && (value.Length > maxLength || value.Contains('\0', StringComparison.Ordinal));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a /api/messages request: {Reason}")]
    private static partial void LogUnauthorized(ILogger logger, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "An authenticated activity could not be submitted")]
    private static partial void LogSubmitFailed(ILogger logger, Exception exception);
}
