using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DarkSocialBot.Contacts;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;
using DarkSocialBot.Turns;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Channels.Meta;

/// <summary>
/// <c>/api/meta</c>: the GET verification handshake, and POSTed batches checked with <c>X-Hub-Signature-256</c> over
/// the raw bytes before anything is parsed. Each batch is walked fully; its activities are stored in order
/// (deduplicated on mid / wamid) and acknowledged at once, its delivery reports and watermarks applied. Never a 500 for bad input.
/// </summary>
public sealed partial class MetaAdapter(
    TurnProcessor processor,
    ContactStore contacts,
    StorageWriter writer,
    IOptions<MetaOptions> options,
    TimeProvider time,
    ILogger<MetaAdapter> logger)
{
    private const int MaxChallengeLength = 256;

    public IResult Verify(HttpRequest request)
    {
        var settings = options.Value;
        if (!settings.WebhookConfigured()) return Off();
        var challenge = request.Query["hub.challenge"].ToString();
        var token = Encoding.UTF8.GetBytes(request.Query["hub.verify_token"].ToString());
        var valid = request.Query["hub.mode"] == "subscribe"
            & CryptographicOperations.FixedTimeEquals(token, Encoding.UTF8.GetBytes(settings.VerifyToken!))
            & challenge.Length is > 0 and <= MaxChallengeLength;
        if (valid) return Results.Text(challenge, "text/plain", Encoding.UTF8);
        LogRejected(logger, "verification with a wrong token or mode");
        return Results.Problem("Verification refused.", statusCode: StatusCodes.Status403Forbidden);
    }

    public async Task<IResult> ReceiveAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.WebhookConfigured()) return Off();
        var body = await WebhookBody.ReadAsync(context.Request, settings.MaxRequestBytes, cancellationToken);
        if (body is null) return WebhookBody.TooLarge(settings.MaxRequestBytes);
        if (!MetaSignature.IsValid(settings.AppSecret!, context.Request.Headers[MetaSignature.Header].ToString(), body))
        {
            LogRejected(logger, "missing or wrong X-Hub-Signature-256");
            return Results.Problem("The X-Hub-Signature-256 signature does not match.", statusCode: StatusCodes.Status403Forbidden);
        }

        MetaEvents events;
        try
        {
            using var json = JsonDocument.Parse(MetaJson.Repair(body));
            events = json.RootElement.Text("object") switch
            {
                "page" when settings.MessengerConfigured() => MessengerInbound.Read(json.RootElement),
                "whatsapp_business_account" when settings.WhatsAppConfigured() => WhatsAppCloudInbound.Read(json.RootElement),
                var other => Ignored(other),
            };
        }
        catch (JsonException)
        {
            return Results.Problem("The body is not valid JSON.", statusCode: StatusCodes.Status400BadRequest);
        }

        var now = time.GetUtcNow();
        await Task.WhenAll(events.Reports.Select(r => writer.ExecuteAsync(new DeliveryStatusUpdate(r.ProviderMessageId, r.Status, r.ErrorCode, now)))
            .Concat(events.Watermarks.Select(w => writer.ExecuteAsync(DeliveryStatusUpdate.UpTo(w.ConversationKey, w.UpTo, w.Status, now)))).ToList());
        foreach (var activity in events.Activities)
            await PrepareAsync(activity, cancellationToken);
        // Queued in batch order (each call stores before it yields), so a conversation's messages keep their order.
        await Task.WhenAll(events.Activities.Select(a => processor.SubmitAsync(a, TimeSpan.Zero, cancellationToken)).ToList());
        return Results.Ok();
    }

    /// <summary>Keeps one identity per WhatsApp customer (the BSUID finds an earlier row), and reads "2" as a numbered choice.</summary>
    private async Task PrepareAsync(Core.Activities.Activity activity, CancellationToken cancellationToken)
    {
        if (activity.From?.Properties is { } properties && properties.TryGetValue("bsuid", out var bsuid) && bsuid.GetString() is { } id
            && await contacts.FindUserIdByBsuidAsync(activity.ChannelId!, id, cancellationToken) is { } known && known != activity.From.Id)
        {
            activity.From.Id = known;
            activity.Conversation!.Id = known;
        }
        await NumberedChoices.ApplyAsync(activity, contacts, cancellationToken);
        // WhatsApp Cloud media come by id: their URL is the Graph media object (GET with the access token gives the download link).
        foreach (var attachment in activity.Attachments ?? [])
            if (attachment.ContentUrl is null && attachment.Content is { ValueKind: JsonValueKind.Object } media && media.Id("id") is { } mediaId)
                attachment.ContentUrl = $"{options.Value.GraphBaseUrl.TrimEnd('/')}/{options.Value.GraphApiVersion}/{Uri.EscapeDataString(mediaId)}";
    }

    private MetaEvents Ignored(string? objectType)
    {
        // Logged as a short printable name: the value is the sender's, of any length and content.
        var shown = objectType is null ? null : new string([.. objectType.Take(64).Select(c => char.IsControl(c) ? '?' : c)]);
        LogIgnored(logger, shown);
        return MetaEvents.Empty();
    }

    private static IResult Off() =>
        WebhookBody.ChannelOff("Meta", "Meta:AppSecret, Meta:VerifyToken and Meta:PageAccessToken or Meta:WhatsAppAccessToken");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a Meta webhook: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Acknowledged a Meta webhook for object {ObjectType} without a turn (unknown, or its channel is not configured)")]
    private static partial void LogIgnored(ILogger logger, string? objectType);
}
