using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using DarkSocialBot.Core.Privacy;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Attribution;

/// <summary>
/// Writes answers to a stream as they are read, in constant memory: RFC 4180 CSV (UTF-8 with a byte-order mark so Excel reads
/// the accents, CRLF line ends, every field quoted, every text cell defused against formula injection with
/// <see cref="CsvSafety.Neutralize"/>), or JSON Lines. Customers appear as keyed pseudonyms; free text is PII-scrubbed.
/// </summary>
public static partial class AttributionExport
{
    public static readonly string[] Columns =
    [
        "id", "customer", "chat_channel", "language", "source", "class", "channel", "detail", "confidence", "version", "answer",
        "follow_up", "asked_at", "answered_at", "tracked_kind", "tracked_code", "tracked_source", "tracked_channel",
        "tracked_campaign", "tracked_medium", "share_comment", "share_sentiment", "share_sentiment_label",
    ];

    private const int FlushEvery = 500;

    private static readonly CsvWriterOptions Csv = CsvWriterOptions.Default with
    {
        NewLine = "\r\n", Quoting = CsvQuoting.Always, WriteByteOrderMark = true, FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>The filtered answers as the export reads them: oldest first, not tracked, one row at a time (never a list).</summary>
    public static IAsyncEnumerable<AttributionAnswerView> Read(BotDbContext db, AttributionFilter filter) =>
        db.AttributionAnswers.AsNoTracking().Answered(filter).OrderBy(e => e.Id).AsAsyncEnumerable().Select(AttributionAnswerView.Of);

    /// <summary>
    /// Excel opens a CSV with the list separator of the computer's region: a comma in English, a semicolon in French, German
    /// and most of Europe, where a comma-separated file lands whole in column A. <paramref name="separator"/> is either.
    /// </summary>
    public static async Task<long> WriteCsvAsync(IAsyncEnumerable<AttributionAnswerView> rows, Stream body, char separator,
        CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(body, Csv with { Separator = separator }, leaveOpen: true);
        foreach (var column in Columns) csv.WriteField(column);
        await csv.EndRecordAsync(cancellationToken);
        long count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            csv.WriteField(row.Id.ToString(CultureInfo.InvariantCulture));
            foreach (var text in new[] { row.Customer, row.ChatChannel, row.Language, row.Source, row.Class, row.Channel, row.Detail }) csv.WriteField(CsvSafety.Neutralize(text));
            csv.WriteField(Number(row.Confidence));
            foreach (var text in new[] { row.Version, row.Answer, row.FollowUp }) csv.WriteField(CsvSafety.Neutralize(text));
            csv.WriteField(Time(row.AskedAt));
            csv.WriteField(Time(row.AnsweredAt));
            foreach (var text in new[] { row.TrackedKind, row.TrackedCode, row.TrackedSource, row.TrackedChannel, row.TrackedCampaign, row.TrackedMedium, row.ShareComment })
                csv.WriteField(CsvSafety.Neutralize(text));
            csv.WriteField(Number(row.ShareSentiment));
            csv.WriteField(CsvSafety.Neutralize(row.ShareSentimentLabel));
            await csv.EndRecordAsync(cancellationToken);
            if (++count % FlushEvery == 0) await csv.FlushAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
        return count;
    }

    public static async Task<long> WriteJsonLinesAsync(IAsyncEnumerable<AttributionAnswerView> rows, Stream body, CancellationToken cancellationToken)
    {
        await using var buffered = new BufferedStream(body, 32 * 1024);
        long count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await JsonSerializer.SerializeAsync(buffered, row, ExportJson.Utf8.AttributionAnswerView, cancellationToken);
            buffered.WriteByte((byte)'\n');
            if (++count % FlushEvery == 0) await buffered.FlushAsync(cancellationToken);
        }
        await buffered.FlushAsync(cancellationToken);
        return count;
    }

    private static string Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";

    private static string Time(DateTimeOffset? value) => value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
    [JsonSerializable(typeof(AttributionAnswerView))]
    private sealed partial class ExportJson : JsonSerializerContext
    {
        /// <summary>Customers' words as they wrote them ("très bien 😊"), not <c>\u00E8</c>: see <see cref="Http.Utf8JsonEncoder"/>.</summary>
        public static ExportJson Utf8 { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = Http.Utf8JsonEncoder.Instance });
    }
}
