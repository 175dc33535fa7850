using DarkSocialBot.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DarkSocialBot.Channels.Meta;
using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Handoffs;

/// <summary>
/// Opens, for an agent, a photo or document the customer sent in a handed-off conversation: only a URL found among that
/// conversation's inbound attachments (never any URL the caller names). Twilio media URLs are fetched with the account's
/// credentials (media HTTP auth may be on); a WhatsApp Cloud media object (Graph URL) is resolved with the access token to
/// its short-lived download link, which is fetched with the token too; anything else (a Messenger CDN link, a map link,
/// web chat) is a redirect to the URL itself.
/// </summary>
internal static class HandoffMedia
{
    public const string HttpClientName = "HandoffMedia";
    private const int MaxInboundScanned = 500;

    public static async Task<IResult> OpenAsync(long id, string? url, HttpContext context, BotDbContext db, IHttpClientFactory httpFactory,
        IOptions<TwilioOptions> twilio, IOptions<MetaOptions> meta, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(url)) return ApiProblem.Of(StatusCodes.Status400BadRequest, "url_required", "Name the attachment's url.");
        if (await db.Handoffs.AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, cancellationToken) is not { } handoff)
            return ApiProblem.Of(StatusCodes.Status404NotFound, "handoff_not_found", $"No handoff {id}.", new { id });
        var payloads = await db.Inbox.AsNoTracking().Where(e => e.ConversationKey == handoff.ConversationKey)
            .OrderByDescending(e => e.Id).Take(MaxInboundScanned).Select(e => e.Payload).ToListAsync(cancellationToken);
        if (!payloads.Any(p => Read(p)?.Attachments?.Any(a => a.ContentUrl == url) == true))
            return ApiProblem.Of(StatusCodes.Status404NotFound, "attachment_not_found", "The customer sent no such attachment in this conversation.");
        return await ServeAsync(url, context, httpFactory, twilio.Value, meta.Value, cancellationToken);
    }

    /// <summary>
    /// Serves a URL the caller has checked the customer sent (this conversation's inbound, or a bag report's evidence): fetched
    /// with the provider's credentials, resolved (WhatsApp Cloud) or redirected to.
    /// </summary>
    public static async Task<IResult> ServeAsync(string url, HttpContext context, IHttpClientFactory httpFactory, TwilioOptions twilioSettings,
        MetaOptions metaSettings, CancellationToken cancellationToken)
    {
        var http = httpFactory.CreateClient(HttpClientName);
        if (twilioSettings.IsConfigured() && url.StartsWith(twilioSettings.ApiBaseUrl.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase))
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{twilioSettings.AccountSid}:{twilioSettings.AuthToken}"));
            return await FetchAsync(context, http, url, new AuthenticationHeaderValue("Basic", basic), cancellationToken);
        }
        if (!string.IsNullOrEmpty(metaSettings.WhatsAppAccessToken)
            && url.StartsWith(metaSettings.GraphBaseUrl.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase))
        {
            var bearer = new AuthenticationHeaderValue("Bearer", metaSettings.WhatsAppAccessToken);
            using var lookup = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Authorization = bearer } };
            using var found = await http.SendAsync(lookup, cancellationToken);
            if (!found.IsSuccessStatusCode) return Unavailable((int)found.StatusCode);
            using var json = JsonDocument.Parse(await found.Content.ReadAsStreamAsync(cancellationToken));
            return json.RootElement.Text("url") is { } download
                ? await FetchAsync(context, http, download, bearer, cancellationToken, json.RootElement.Text("mime_type"))
                : Unavailable((int)found.StatusCode);
        }
        return Uri.TryCreate(url, UriKind.Absolute, out var link) && link.Scheme is "https" or "http"
            ? Results.Redirect(link.AbsoluteUri)
            : ApiProblem.Of(StatusCodes.Status404NotFound, "attachment_no_address", "This attachment has no address to open.");
    }

    /// <summary>Streams the provider's file to the agent (WhatsApp documents reach 100 MB: never held whole in memory).</summary>
    private static async Task<IResult> FetchAsync(HttpContext context, HttpClient http, string url, AuthenticationHeaderValue authorization,
        CancellationToken cancellationToken, string? contentType = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Authorization = authorization } };
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        context.Response.RegisterForDispose(response);
        if (!response.IsSuccessStatusCode) return Unavailable((int)response.StatusCode);
        return Results.Stream(await response.Content.ReadAsStreamAsync(cancellationToken),
            response.Content.Headers.ContentType?.ToString() ?? contentType ?? "application/octet-stream");
    }

    private static IResult Unavailable(int status) =>
        ApiProblem.Of(StatusCodes.Status502BadGateway, "media_unavailable", $"The provider did not give the media (HTTP {status}); it may have expired.", new { status });

    private static Activity? Read(byte[] payload)
    {
        try { return JsonSerializer.Deserialize(payload, ActivityJson.Default.Activity); }
        catch (JsonException) { return null; }
    }
}
