using DarkSocialBot.Outbox;

namespace DarkSocialBot.Channels.Meta;

/// <summary>
/// Graph API refusals mapped to what the dispatcher should do, after Meta's Graph error-handling guide, the Messenger Send
/// API error codes and the WhatsApp Cloud API error codes. "Try later" is retried with backoff: throttling, a temporary
/// failure (Meta: "wait and retry"; or <c>is_transient</c>, a 5xx), and a sender restricted for a while (a Page whose messages
/// Meta holds back, 10/1893063; a temporary block for policy violations, 368), which is tried again only after
/// <see cref="MetaOptions.RestrictedRetryDelay"/>. A retry that runs out of attempts fails with its reason
/// (<see cref="DeliveryFailures.Throttled"/>, <see cref="DeliveryFailures.Unavailable"/>, <see cref="DeliveryFailures.Restricted"/>).
/// Anything else is refused for good, with a reason where Meta gives one. Texts carry codes and Meta's short meaning of
/// them, never Graph's message, which can quote the recipient.
/// </summary>
public static class GraphErrors
{
    private static readonly HashSet<string> Throttled = ["4", "17", "32", "341", "613", "80001", "80004", "80006", "80007", "130429", "131048", "131056"];
    private static readonly HashSet<string> Unavailable = ["1", "2", "1200", "131000", "131016", "131057", "133004"];
    private static readonly HashSet<string> Restricted = ["10/1893063", "368"];
    private static readonly HashSet<string> OutsideWindow = ["10/2018278", "10/2018108", "10/2018065"];
    private static readonly HashSet<string> InvalidRecipient = ["551", "100/2018001", "131026", "131030", "1545041"];

    /// <summary>Meta's meaning of a code (or code/subcode), in a few words.</summary>
    private static readonly Dictionary<string, string> Meanings = new(StringComparer.Ordinal)
    {
        ["1"] = "unknown error, possibly temporary", ["2"] = "service temporarily unavailable",
        ["4"] = "application request limit reached", ["17"] = "user request limit reached", ["32"] = "Page request limit reached",
        ["341"] = "application limit reached", ["613"] = "calls to this API have exceeded the rate limit",
        ["80001"] = "Page rate limit reached", ["80004"] = "rate limit reached", ["80006"] = "Messenger rate limit reached",
        ["80007"] = "WhatsApp Business rate limit reached", ["130429"] = "throughput limit reached", ["131048"] = "spam rate limit hit",
        ["131056"] = "too many messages to this customer in a short time",
        ["1200"] = "temporary send message failure", ["131000"] = "something went wrong", ["131016"] = "service unavailable",
        ["131057"] = "account in maintenance mode", ["133004"] = "server temporarily unavailable",
        ["10/1893063"] = "the Page is restricted from messaging for a while", ["368"] = "temporarily blocked for policy violations",
        ["10"] = "permission denied", ["100"] = "invalid parameter", ["190"] = "invalid or expired access token",
        ["10/2018278"] = "sent outside the allowed window", ["10/2018108"] = "sent outside the allowed window",
        ["10/2018065"] = "sent outside the allowed window", ["131047"] = "more than 24 hours since the customer last wrote",
        ["551"] = "this person isn't available right now", ["1545041"] = "this person isn't available right now",
        ["100/2018001"] = "no matching user found", ["131026"] = "message undeliverable", ["131030"] = "recipient not in the allowed list",
    };

    /// <param name="template">The template sent, when it was one (<c>"flight_update" (en)</c>): a refusal for good with no
    /// reason of its own is then <see cref="DeliveryFailures.TemplateRefused"/>, naming it (a bad access token stays as it is).</param>
    public static DeliveryResult Map(GraphResponse response, TimeSpan restrictedRetryDelay, string? template = null)
    {
        var code = response.ErrorCode;
        var withSubcode = response.ErrorSubcode is { } sub ? $"{code}/{sub}" : code;
        var meaning = (withSubcode is null ? null : Meanings.GetValueOrDefault(withSubcode)) ?? (code is null ? null : Meanings.GetValueOrDefault(code));
        var detail = $"Graph answered {response.Status} with error {withSubcode ?? "(none)"}{(meaning is null ? "" : $" ({meaning})")}";
        bool Is(HashSet<string> set) => (withSubcode is not null && set.Contains(withSubcode)) || (code is not null && set.Contains(code));

        if (Is(Restricted)) return Retry(DeliveryFailures.Restricted, detail, response.RetryAfter ?? restrictedRetryDelay, code);
        if (Is(Throttled)) return Retry(DeliveryFailures.Throttled, detail, response.RetryAfter, code);
        if (code == "131047") return Failed(DeliveryFailures.TemplateRequired, detail, code);
        if (Is(OutsideWindow)) return Failed(DeliveryFailures.OutsideWindow, detail, code);
        if (Is(InvalidRecipient)) return Failed(DeliveryFailures.InvalidRecipient, detail, code);
        if (response.Status == 429) return Retry(DeliveryFailures.Throttled, detail, response.RetryAfter, code);
        if (Is(Unavailable) || response.IsTransient || response.Status is >= 500 or 408)
            return Retry(DeliveryFailures.Unavailable, detail, response.RetryAfter, code);
        if (template is not null && code != "190")
            return Failed(DeliveryFailures.TemplateRefused, $"Meta refused the template {template}: {detail}", code);
        return DeliveryResult.Failed(detail, code); // 100 invalid parameter, 190 token, 10 and 200-299 permission…
    }

    private static DeliveryResult Retry(string reason, string detail, TimeSpan? after, string? code) =>
        DeliveryResult.Retry(DeliveryFailures.Describe(reason, detail), after, code);

    private static DeliveryResult Failed(string reason, string detail, string? code) =>
        DeliveryResult.Failed(DeliveryFailures.Describe(reason, detail), code);
}
