using System.Globalization;
using DarkSocialBot.Core.Attribution;
using DarkSocialBot.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DarkSocialBot.Attribution;

/// <summary>
/// The filters shared by the list, report and export: answered from (inclusive) to (exclusive; a date alone means through that
/// day), share channel, class, source, language, chat channel; and paging for the list. Bound from the query string as text
/// (<see cref="AttributionQuery"/>) so every bad value is refused with its reason (400 problem details), never ignored.
/// </summary>
public sealed record AttributionFilter(
    DateTimeOffset? From, DateTimeOffset? To, string? Channel, string? Class, string? Source, string? Language, string? ChatChannel,
    int Page, int PageSize)
{
    public const int MaxPageSize = 500;
    public const int MaxPage = 1_000_000;
    private static readonly string[] Classes = ["dark", "public", "paid", "owned", "unclassified"];

    public static (AttributionFilter? Filter, ValidationProblem? Problem) Parse(AttributionQuery query)
    {
        var errors = new FieldErrors();
        var from = Date(query.From, "from", endOfDay: false, errors);
        var to = Date(query.To, "to", endOfDay: true, errors);
        if (from is not null && to is not null && to <= from) errors.Set("to", "to_before_from", "'to' must be after 'from'.");
        var channel = Word(query.Channel, "channel", 32, errors);
        var chatChannel = Word(query.ChatChannel, "chatChannel", 64, errors);
        var language = Word(query.Language, "language", 8, errors);
        var @class = Word(query.Class, "class", 16, errors);
        if (@class is not null && !Classes.Contains(@class)) errors.Set("class", "class_unknown", $"'class' must be one of {string.Join(", ", Classes)}.");
        var source = Word(query.Source, "source", 32, errors);
        if (source is not null && !SourceCodes.IsKnown(source)) errors.Set("source", "source_unknown", "'source' must be a taxonomy code such as WOM_FRIEND or MSG_WHATSAPP.");
        var page = Number(query.Page, "page", 1, 1, MaxPage, errors);
        var pageSize = Number(query.PageSize, "pageSize", 50, 1, MaxPageSize, errors);
        return errors.Count > 0
            ? (null, errors.Problem("Some filters are not valid."))
            : (new AttributionFilter(from, to, channel, @class, SourceCodes.Canonical(source), language, chatChannel, page, pageSize), null);
    }

    private static DateTimeOffset? Date(string? value, string name, bool endOfDay, FieldErrors errors)
    {
        if (Trimmed(value) is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 2000 and <= 2200)
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(endOfDay ? 1 : 0);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && at.Year is >= 2000 and <= 2200)
            return at.ToUniversalTime();
        errors.Set(name, "date_invalid", $"'{name}' must be a date (2026-11-23) or an ISO 8601 date-time between 2000 and 2200.");
        return null;
    }

    private static string? Word(string? value, string name, int maxLength, FieldErrors errors)
    {
        if (Trimmed(value) is not { } text) return null;
        if (text.Length <= maxLength && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')) return text.ToLowerInvariant();
        errors.Set(name, "word_invalid", $"'{name}' must be at most {maxLength} letters, digits, '_' or '-'.");
        return null;
    }

    private static int Number(string? value, string name, int fallback, int min, int max, FieldErrors errors)
    {
        if (Trimmed(value) is not { } text) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max) return number;
        errors.Set(name, "number_out_of_range", $"'{name}' must be a whole number from {min} to {max}.");
        return fallback;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
