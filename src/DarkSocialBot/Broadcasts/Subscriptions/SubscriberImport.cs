using DarkSocialBot.Channels;
using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Storage;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Broadcasts.Subscriptions;

/// <summary>
/// Imports subscribers all or nothing: a row without a complete consent record (purpose matching its topics,
/// wording and its version, when, a reference) makes the whole request a 400 that names the row and the reason.
/// </summary>
internal static class SubscriberImport
{
    public const int MaxRows = 10_000;

    public static async Task<IResult> ImportAsync(HttpRequest request, SubscriptionBook book, IOptions<BroadcastsOptions> options,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var (body, problem) = await RequestJson.ReadAsync<ImportRequest>(request, cancellationToken);
        if (problem is not null) return problem;
        if (body!.Rows is not { Count: > 0 and <= MaxRows } rows)
            return RequestJson.Invalid(new() { ["rows"] = [$"Send 1 to {MaxRows} rows."] });
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var subscriptions = new List<SubscribeRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            var rowErrors = Check(rows[i], options.Value, time.GetUtcNow());
            if (rowErrors.Count > 0) errors[$"rows[{i}]"] = [.. rowErrors];
            else subscriptions.AddRange(ToSubscriptions(rows[i]!));
        }
        if (errors.Count > 0) return RequestJson.Invalid(errors);
        var active = await book.SubscribeAsync(subscriptions, cancellationToken);
        return Results.Ok(new ImportResult(rows.Count, subscriptions.Count, active));
    }

    private static List<string> Check(ImportRow? row, BroadcastsOptions options, DateTimeOffset now)
    {
        if (row is null) return ["The row is empty: send an object with channelId, userId, language, topics and consent."];
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(row.ChannelId) || row.ChannelId.Length > 64) errors.Add("channelId is required (at most 64 characters).");
        if (string.IsNullOrWhiteSpace(row.UserId) || row.UserId.Length > 256) errors.Add("userId is required (at most 256 characters).");
        else if (TwilioChannels.Handles(row.ChannelId ?? "") && E164.Normalize(TwilioChannels.Bare(row.UserId)) is null)
            errors.Add($"userId on {row.ChannelId} is a phone number with its country code (E.164, e.g. +33612345678).");
        if (row.ConversationId is { Length: > 512 } || row.ServiceUrl is { Length: > 512 } || row.DisplayName is { Length: > 256 }) errors.Add("conversationId, serviceUrl or displayName too long.");
        if (row.Language is null || !options.Languages.Contains(row.Language, StringComparer.OrdinalIgnoreCase))
            errors.Add($"language must be one of {string.Join(", ", options.Languages)}.");
        if (row.TimeZone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(row.TimeZone, out _)) errors.Add($"Unknown time zone '{row.TimeZone}' (use an IANA id such as Europe/Paris).");
        if (row.Tags?.Any(t => !Tags.IsValid(t)) == true) errors.Add("Tags are 1 to 32 lower-case letters, digits, '_' or '-'.");
        if (row.Topics is not { Length: > 0 }) errors.Add("topics: give at least one topic.");
        else if (row.Topics.Any(string.IsNullOrWhiteSpace)) errors.Add("topics: a topic is empty.");
        var consent = row.Consent;
        if (consent is null) { errors.Add("consent is required: purpose, wordingVersion, wording, grantedAt, reference."); return errors; }
        if (consent.Purpose is null) errors.Add("consent.purpose is required (Service or Marketing).");
        if (string.IsNullOrWhiteSpace(consent.WordingVersion) || consent.WordingVersion.Length > 64) errors.Add("consent.wordingVersion is required (at most 64 characters).");
        if (string.IsNullOrWhiteSpace(consent.Wording) || consent.Wording.Length > 4096) errors.Add("consent.wording, the text the customer agreed to, is required (at most 4096 characters).");
        if (consent.GrantedAt is not { } granted || granted > now + TimeSpan.FromMinutes(5)) errors.Add("consent.grantedAt is required and not in the future.");
        if (string.IsNullOrWhiteSpace(consent.Reference) || consent.Reference.Length > 500) errors.Add("consent.reference (where the proof is kept) is required.");
        foreach (var topic in (row.Topics ?? []).Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            var purpose = Topics.PurposeOf(Topics.Normalize(topic), options);
            if (purpose is null) errors.Add($"Unknown topic '{topic}'.");
            else if (consent.Purpose is { } given && given != purpose)
                errors.Add($"'{topic}' is a {purpose} topic: it needs {purpose.ToString()!.ToLowerInvariant()} consent, not {given.ToString().ToLowerInvariant()}.");
        }
        return errors;
    }

    /// <summary>The customer's id as the channel's adapter writes it, so the subscriber meets their contact and conversation.</summary>
    private static string UserId(ImportRow row) =>
        TwilioChannels.Handles(row.ChannelId!.Trim()) ? TwilioChannels.UserId(row.UserId!) : row.UserId!.Trim();

    private static IEnumerable<SubscribeRow> ToSubscriptions(ImportRow row) => row.Topics!.Select(topic => new SubscribeRow(
        row.ChannelId!.Trim(), UserId(row), row.ConversationId ?? UserId(row), row.ServiceUrl, BotId: null, row.DisplayName,
        row.Language!.ToLowerInvariant(), row.TimeZone, row.Tags is null ? null : Tags.Join(row.Tags), Topics.Normalize(topic),
        row.Consent!.Purpose!.Value, row.Consent.WordingVersion!, row.Consent.Wording!, ConsentSource.Import,
        $"import:{row.Consent.Reference}", row.Consent.GrantedAt!.Value, row.LastSeenAt));

    public sealed record ImportResult(int Rows, int Subscriptions, int Active);
}
