using DarkSocialBot.Outbox;

namespace DarkSocialBot.Channels.Meta;

/// <summary>
/// Graph API errors mapped to what the dispatcher should do (channels.md §3-4). Texts carry only codes: Graph
/// messages can quote the recipient.
/// </summary>
public static class GraphErrors
{
    private static readonly HashSet<string> Throttled = ["4", "17", "32", "613", "80004", "80006", "80007", "130429", "131056", "131057"];

    public static DeliveryResult Map(GraphResponse response)
    {
        var code = response.ErrorCode;
        var detail = $"Graph answered {response.Status} with error {code ?? "(none)"}{(response.ErrorSubcode is { } sub ? "/" + sub : "")}";
        if (code is not null && Throttled.Contains(code))
            return DeliveryResult.Retry($"{detail}: throttled", response.RetryAfter, code);
        return code switch
        {
            "131047" => Failed(DeliveryFailures.TemplateRequired, detail, code),
            "10" when response.ErrorSubcode is "2018278" or "2018108" => Failed(DeliveryFailures.OutsideWindow, detail, code),
            "551" or "131026" or "131030" or "1545041" => Failed(DeliveryFailures.InvalidRecipient, detail, code),
            "1" or "2" => DeliveryResult.Retry($"{detail}: temporary", response.RetryAfter, code),
            _ when response.IsTransient || response.Status >= 500 || response.Status is 429 or 408 => DeliveryResult.Retry(detail, response.RetryAfter, code),
            _ => DeliveryResult.Failed(detail, code), // 100 invalid parameter, 190 token, 200/230 permission…
        };
    }

    private static DeliveryResult Failed(string reason, string detail, string code) =>
        DeliveryResult.Failed(DeliveryFailures.Describe(reason, detail), code);
}
