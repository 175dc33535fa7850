using System.Globalization;
using System.Text;
using CsvHelper;
using DarkSocialBot.Channels;
using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts.Subscriptions;

/// <summary>
/// Reads a subscriber file as a spreadsheet saves it: comma or semicolon (Excel in France), with or without a byte order
/// mark, CRLF, UTF-8 or Windows-1252 ("CSV (séparateur: point-virgule)"). Its columns are <see cref="ImportRow"/>'s fields
/// (<c>channelId;userId;displayName;language;timeZone;tags;topics;purpose;wordingVersion;wording;grantedAt;reference;lastSeenAt</c>,
/// any case, in any order; tags and topics separated by "," or "|"); a query parameter of the same name gives a column for
/// every row that leaves it empty (one consent form: <c>?topics=offers&amp;purpose=Marketing&amp;wording=…</c>), and
/// <c>region=FR</c> reads phone numbers written without their country code ("06 12 34 56 78"). A time without its UTC offset
/// ("01/11/2026 10:00") is in <see cref="BroadcastsOptions.DefaultTimeZone"/>.
/// </summary>
internal static class SubscriberCsv
{
    public const int MaxBytes = 16 * 1024 * 1024;

    private static readonly string[] Columns =
        ["channelId", "userId", "displayName", "language", "timeZone", "tags", "topics", "purpose", "wordingVersion", "wording", "grantedAt", "reference", "lastSeenAt"];

    private static readonly string[] LocalFormats =
        ["dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "dd/MM/yyyy", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm"];

    /// <summary>One data line of the file: its line number and the row it makes, or why it cannot make one.</summary>
    public sealed record Line(long Number, ImportRow? Row, List<string> Errors);

    /// <returns>The lines, or the reason the file cannot be read at all.</returns>
    public static (List<Line>? Lines, string? Problem) Read(byte[] body, IQueryCollection query, string defaultTimeZone)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(defaultTimeZone, out var found) ? found : TimeZoneInfo.Utc;
        using var reader = CsvReader.Create(Utf8(body), CsvReaderOptions.Default with { HasHeader = true, TrimWhitespace = true, TrackLineNumbers = true });
        reader.ReadHeader();
        if (reader.Headers.Count == 0) return (null, "The file is empty: send a header line and one line per subscriber.");
        var index = Columns.ToDictionary(c => c, c => reader.TryGetFieldIndex(c, out var i) ? i : -1, StringComparer.Ordinal);
        var unknown = reader.Headers.Where(h => !string.IsNullOrWhiteSpace(h) && !Columns.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0 || index["userId"] < 0)
            return (null, $"The header must name the columns {string.Join(";", Columns)} (userId at least; the others may come from the query)"
                + (unknown.Count > 0 ? $"; unknown: {string.Join(", ", unknown)}." : "."));
        var region = query["region"].ToString() is { Length: > 0 } r ? r.ToUpperInvariant() : null;

        var lines = new List<Line>();
        while (reader.Read())
        {
            if (lines.Count >= SubscriberImport.MaxRows) return (null, $"The file has more than {SubscriberImport.MaxRows} subscribers: send it in parts.");
            var errors = new List<string>();
            string? Value(string column) =>
                (index[column] >= 0 ? reader.GetStringOrNull(index[column]) : null) is { Length: > 0 } cell ? cell
                : query[column].ToString() is { Length: > 0 } given ? given : null;
            DateTimeOffset? Time(string column)
            {
                if (Value(column) is not { } text) return null;
                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset)
                    && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var kind) && kind.Kind != DateTimeKind.Unspecified)
                    return withOffset;
                if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
                    return new DateTimeOffset(local, zone.GetUtcOffset(local));
                errors.Add($"{column} '{text}' is not a date (01/11/2026 10:00 or 2026-11-01T10:00:00+01:00).");
                return null;
            }
            ConsentPurpose? purpose = null;
            if (Value("purpose") is { } p)
            {
                if (Enum.TryParse<ConsentPurpose>(p, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) purpose = parsed;
                else errors.Add($"purpose '{p}' is Service or Marketing.");
            }
            var channel = Value("channelId");
            var row = new ImportRow(channel, UserId(channel, Value("userId"), region), ConversationId: null, ServiceUrl: null, Value("displayName"),
                Value("language"), Value("timeZone"), List(Value("tags")), List(Value("topics")),
                new ImportConsent(purpose, Value("wordingVersion"), Value("wording"), Time("grantedAt"), Value("reference")), Time("lastSeenAt"));
            lines.Add(new Line(reader.LineNumber, row, errors));
        }
        return (lines, null);
    }

    /// <summary>On a Twilio channel, a number written the national way is read in <paramref name="region"/>.</summary>
    private static string? UserId(string? channel, string? userId, string? region) =>
        userId is not null && region is not null && TwilioChannels.Handles(channel?.Trim() ?? "") && !TwilioChannels.Bare(userId.Trim()).StartsWith('+')
            ? E164.Normalize(TwilioChannels.Bare(userId.Trim()), region) ?? userId
            : userId;

    private static string[]? List(string? value) =>
        value?.Split([',', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } items ? items : null;

    /// <summary>UTF-8 as it is; bytes that are not UTF-8 are Windows-1252, what Excel writes in Western Europe.</summary>
    private static byte[] Utf8(byte[] body)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(body);
            return body;
        }
        catch (DecoderFallbackException)
        {
            return Encoding.UTF8.GetBytes(Windows1252.GetString(body));
        }
    }

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
}
