using DarkSocialBot.Core.Privacy;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Attribution;

/// <summary>
/// An answer as the admin API and exports show it: the customer as a keyed pseudonym, free text PII-scrubbed (again, with
/// the current scrubber), the tracked entry beside what the customer said.
/// </summary>
public sealed record AttributionAnswerView(
    long Id, string Customer, string ChatChannel, string Language, string? Source, string? Class, string? Channel, string? Detail,
    double? Confidence, string? Version, string? Answer, string? FollowUp, DateTimeOffset AskedAt, DateTimeOffset? AnsweredAt,
    string? TrackedKind, string? TrackedCode, string? TrackedSource, string? TrackedChannel, string? TrackedCampaign, string? TrackedMedium,
    string? ShareComment, double? ShareSentiment, string? ShareSentimentLabel)
{
    public static AttributionAnswerView Of(AttributionAnswerEntry e) => new(
        e.Id, e.CustomerKey, e.ChatChannel, e.Language, e.Source, e.Class, e.ShareChannel, Scrub(e.Detail), e.Confidence,
        e.ClassifierVersion, Scrub(e.AnswerText), e.FollowUp, e.AskedAt, e.AnsweredAt, e.TrackedKind, e.TrackedCode, e.TrackedSource,
        e.TrackedChannel, e.TrackedCampaign, e.TrackedMedium, Scrub(e.ShareComment), e.ShareSentiment, e.ShareSentimentLabel);

    private static string? Scrub(string? text) => text is null ? null : PiiScrubber.Scrub(text);
}
