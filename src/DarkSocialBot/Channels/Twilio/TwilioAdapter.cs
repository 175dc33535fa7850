using DarkSocialBot.Contacts;
using DarkSocialBot.Turns;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Channels.Twilio;

/// <summary>
/// Twilio's inbound message webhook: verify the signature against the configured public URL, map to an Activity,
/// store it (deduplicated on MessageSid) and answer an empty <c>&lt;Response/&gt;</c> at once; the turn runs in the
/// background and its replies leave through the REST API. Every refusal is a 4xx before anything is stored.
/// </summary>
public sealed partial class TwilioAdapter(
    TurnProcessor processor,
    ContactStore contacts,
    TwilioStatusCallback statuses,
    IOptions<TwilioOptions> options,
    ILogger<TwilioAdapter> logger)
{
    public async Task<IResult> ReceiveMessageAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var (form, refusal) = await VerifyAsync(context, cancellationToken);
        if (refusal is not null) return refusal;

        var (activity, ignored) = TwilioInbound.Map(form!);
        if (activity is null)
        {
            LogIgnored(logger, ignored);
            return Twiml.EmptyResult();
        }
        await NumberedChoices.ApplyAsync(activity, contacts, cancellationToken);
        await processor.SubmitAsync(activity, TimeSpan.Zero, cancellationToken);
        return Twiml.EmptyResult();
    }

    public async Task<IResult> ReceiveStatusAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var (form, refusal) = await VerifyAsync(context, cancellationToken);
        if (refusal is not null) return refusal;
        await statuses.ApplyAsync(form!);
        return Results.Ok();
    }

    /// <returns>The decoded form of a genuine Twilio request, or the answer refusing it.</returns>
    private async Task<(Dictionary<string, List<string>>? Form, IResult? Refusal)> VerifyAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured())
            return (null, WebhookBody.ChannelOff("Twilio", "Twilio:AccountSid, Twilio:AuthToken and Twilio:PublicBaseUrl"));
        var body = await WebhookBody.ReadAsync(context.Request, settings.MaxRequestBytes, cancellationToken);
        if (body is null) return (null, WebhookBody.TooLarge(settings.MaxRequestBytes));

        var signature = context.Request.Headers[TwilioSignature.Header].ToString();
        if (signature.Length == 0)
        {
            // 403 rather than twilio-node's 400: a request without a signature is refused like a forged one.
            LogRejected(logger, "no X-Twilio-Signature header");
            return (null, Results.Problem("The request is not signed by Twilio.", statusCode: StatusCodes.Status403Forbidden));
        }
        var form = context.Request.HasFormContentType || context.Request.ContentType is null ? TwilioForm.Parse(body) : [];
        if (!TwilioSignature.IsValid(settings.AuthToken!, signature, SignedUrl(context, settings), form, body))
        {
            LogRejected(logger, "signature mismatch");
            return (null, Results.Problem("The Twilio signature does not match.", statusCode: StatusCodes.Status403Forbidden));
        }
        return (form, null);
    }

    /// <summary>The configured public base URL + the path and query exactly as received (never Host or X-Forwarded-* headers).</summary>
    private static string SignedUrl(HttpContext context, TwilioOptions settings)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var target = raw is { Length: > 0 } && raw[0] == '/'
            ? raw
            : (context.Request.PathBase + context.Request.Path).ToUriComponent() + context.Request.QueryString.Value;
        return settings.PublicBaseUrl!.TrimEnd('/') + target;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a Twilio webhook: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Acknowledged a Twilio webhook without a turn: {Reason}")]
    private static partial void LogIgnored(ILogger logger, string? reason);
}
