using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DarkSocialBot.Contacts;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Channels.BotFramework;

/// <summary>
/// Sends replies to the Bot Framework connector at the activity's serviceUrl: <c>POST {serviceUrl}/v3/conversations/{id}/activities[/{replyToId}]</c>,
/// with a bearer token only when the bot has an app id. Also the fallback for any channel no other sender claims.
/// </summary>
public sealed class BotFrameworkSender(IHttpClientFactory httpFactory, ConnectorTokenProvider tokens, TimeProvider time, ContactStore contacts) : IChannelSender
{
    public bool Handles(string channelId) => false;

    public async Task<DeliveryResult> SendAsync(Activity activity, OutboxEntry entry, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || activity.Conversation?.Id is null)
            return DeliveryResult.Failed("The activity has no valid serviceUrl or conversation id.");
        if (!OptOutNotice.IsOn(activity) && await contacts.IsOptedOutAsync(entry.ChannelId, activity.Recipient?.Id, cancellationToken))
            return DeliveryResult.Failed(DeliveryFailures.Describe(DeliveryFailures.OptedOut, "the customer opted out"));

        using var request = new HttpRequestMessage(HttpMethod.Post, ActivitiesUri(serviceUrl, activity.Conversation.Id, activity.ReplyToId))
        {
            Content = Body(activity, entry),
        };
        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await httpFactory.CreateClient(BotFrameworkExtensions.HttpClientName).SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode) return DeliveryResult.Sent(await ReadIdAsync(response, cancellationToken));

        var error = $"connector answered {(int)response.StatusCode}";
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => DeliveryResult.Retry(error, RetryAfter(response)),
            HttpStatusCode.PreconditionFailed or HttpStatusCode.RequestTimeout => DeliveryResult.Retry(error, RetryAfter(response)),
            >= HttpStatusCode.InternalServerError => DeliveryResult.Retry(error, RetryAfter(response)),
            HttpStatusCode.Unauthorized => Invalidate(error),
            _ => DeliveryResult.Failed(error),
        };
    }

    /// <summary>
    /// The stored payload is this activity serialized the same way (every outbox row is written so): sent as is, the reply
    /// is not serialized a second time.
    /// </summary>
    private static HttpContent Body(Activity activity, OutboxEntry entry)
    {
        if (entry.Payload is not { Length: > 0 } stored) return JsonContent.Create(activity, ActivityJson.Default.Activity);
        var content = new ByteArrayContent(stored);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    /// <summary>Path segments are escaped (<c>abc|livechat</c> -> <c>abc%7Clivechat</c>); a serviceUrl path is kept without a double slash.</summary>
    public static Uri ActivitiesUri(Uri serviceUrl, string conversationId, string? replyToId)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(replyToId)) path += "/" + Uri.EscapeDataString(replyToId);
        var root = serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl.AbsoluteUri : serviceUrl.AbsoluteUri + "/";
        return new Uri(root + path);
    }

    private DeliveryResult Invalidate(string error)
    {
        // A rejected token may have been revoked or rotated: fetch a fresh one before the retry.
        tokens.Invalidate();
        return DeliveryResult.Retry(error);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow() is { } wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };

    private static async Task<string?> ReadIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
