using DarkSocialBot.Channels;
using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DarkSocialBot.Broadcasts.Subscriptions;

/// <summary>
/// Imports subscribers. JSON is all or nothing: a row without a complete consent record (purpose matching its topics,
/// wording and its version, when, a reference) makes the whole request a 400 that names the row and the reason. A CSV file
/// (<see cref="SubscriberCsv"/>, as a spreadsheet saves it) imports its good lines and lists the others by line number with
/// the reason, and the lines that repeat a subscription already in the file; it is a 400 only when no line is good.
/// </summary>
internal static class SubscriberImport
{
    public const int MaxRows = 10_000;

    public static async Task<IResult> ImportAsync(HttpRequest request, SubscriptionBook book, IOptions<BroadcastsOptions> options,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
            return await ImportCsvAsync(request, book, options.Value, time, cancellationToken);
        var (body, problem) = await RequestJson.ReadAsync<ImportRequest>(request, cancellationToken);
        if (problem is not null) return problem;
        if (body!.Rows is not { Count: > 0 and <= MaxRows } rows)
            return RequestJson.Invalid(new Dictionary<string, string[]> { ["rows"] = [$"Send 1 to {MaxRows} rows."] });
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var subscriptions = new List<SubscribeRow>();
        var duplicates = new List<DuplicateLine>();
        var firstRow = new Dictionary<(string, string, string), long>();
        for (var i = 0; i < rows.Count; i++)
        {
            var rowErrors = Check(rows[i], options.Value, time.GetUtcNow());
            if (rowErrors.Count > 0) { errors[$"rows[{i}]"] = [.. rowErrors]; continue; }
            if (Fresh(ToSubscriptions(rows[i]!).ToList(), i, firstRow, subscriptions) is { } sameAs) duplicates.Add(new DuplicateLine(i, sameAs));
        }
        if (errors.Count > 0) return RequestJson.Invalid(errors);
        var active = await book.SubscribeAsync(subscriptions, cancellationToken);
        return Results.Ok(new ImportResult(rows.Count, subscriptions.Count, active, Duplicates: duplicates.Count > 0 ? duplicates : null));
    }

    private static async Task<IResult> ImportCsvAsync(HttpRequest request, SubscriptionBook book, BroadcastsOptions options, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (await WebhookBody.ReadAsync(request, SubscriberCsv.MaxBytes, cancellationToken) is not { } body)
            return Http.ApiProblem.Of(StatusCodes.Status413PayloadTooLarge, "file_too_large", $"The file is larger than {SubscriberCsv.MaxBytes / 1024 / 1024} MB: send it in parts.", new { maxMegabytes = SubscriberCsv.MaxBytes / 1024 / 1024 });
        var (lines, problem) = SubscriberCsv.Read(body, request.Query, options.DefaultTimeZone);
        if (problem is not null) return Http.ApiProblem.Of(StatusCodes.Status400BadRequest, "file_invalid", problem);

        var now = time.GetUtcNow();
        var rejected = new List<RejectedLine>();
        var duplicates = new List<DuplicateLine>();
        var firstLine = new Dictionary<(string, string, string), long>();
        var subscriptions = new List<SubscribeRow>();
        foreach (var line in lines!)
        {
            var errors = line.Errors.Concat(Check(line.Row, options, now)).ToList();
            if (errors.Count > 0) { rejected.Add(new RejectedLine(line.Number, [.. errors])); continue; }
            if (Fresh(ToSubscriptions(line.Row!).ToList(), line.Number, firstLine, subscriptions) is { } sameAs)
                duplicates.Add(new DuplicateLine(line.Number, sameAs));
        }
        if (subscriptions.Count == 0)
            return rejected.Count == 0
                ? Http.ApiProblem.Of(StatusCodes.Status400BadRequest, "file_empty", "The file has no subscriber: send a header line and one line per subscriber.")
                : RequestJson.Invalid(rejected.ToDictionary(r => $"line {r.Line}", r => r.Reasons));
        var active = await book.SubscribeAsync(subscriptions, cancellationToken);
        return Results.Ok(new ImportResult(lines.Count, subscriptions.Count, active, rejected, duplicates));
    }

    /// <summary>
    /// Adds the subscriptions no earlier row or line of the file gave; when it gave them all, the row or line that did (a
    /// repeated row is a duplicate, not a second subscriber).
    /// </summary>
    private static long? Fresh(List<SubscribeRow> rows, long at, Dictionary<(string, string, string), long> first, List<SubscribeRow> subscriptions)
    {
        var fresh = rows.Where(r => first.TryAdd((r.ChannelId, r.UserId, r.Topic), at)).ToList();
        subscriptions.AddRange(fresh);
        return fresh.Count == 0 ? first[(rows[0].ChannelId, rows[0].UserId, rows[0].Topic)] : null;
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
        // A subscriber "seen" in the future would match every "seen within N days" segment until that day.
        if (row.LastSeenAt > now + TimeSpan.FromMinutes(5)) errors.Add("lastSeenAt is not in the future.");
        if (row.Tags?.Any(t => !Tags.IsValid(t)) == true) errors.Add("Tags are 1 to 32 lower-case letters, digits, '_' or '-'.");
        else if (row.Tags is { } tags && Tags.Join(tags).Length > Tags.MaxStoredLength) errors.Add($"tags hold at most {Tags.MaxStoredLength} characters in all (about 30 tags).");
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

    /// <param name="Rejected">CSV lines not imported, and why.</param>
    /// <param name="Duplicates">CSV lines (or JSON rows, by index) whose subscriptions an earlier one already gave.</param>
    public sealed record ImportResult(int Rows, int Subscriptions, int Active,
        IReadOnlyList<RejectedLine>? Rejected = null, IReadOnlyList<DuplicateLine>? Duplicates = null);

    public sealed record RejectedLine(long Line, string[] Reasons);

    public sealed record DuplicateLine(long Line, long SameAsLine);
}
