using DarkSocialBot.Http;
using DarkSocialBot.Core.Attribution;
using DarkSocialBot.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Attribution;

/// <summary>The marketers' attribution API under the admin group: classify, list, report, export, reclassify.</summary>
public static class AttributionEndpoints
{
    public static RouteGroupBuilder MapAttribution(this RouteGroupBuilder admin)
    {
        var group = admin.MapGroup("/attribution").WithTags("Attribution");
        group.MapPost("/classify", Classify).WithName("ClassifyAnswer")
            .WithSummary("Classify a \"how did you hear about us?\" answer (English or French) into the source taxonomy, as the bot would.");
        group.MapGet("/", ListAsync).WithName("ListAttributionAnswers")
            .WithSummary("Answers, newest first, filtered by date, channel, class, source, language; paged (pageSize up to 500).");
        group.MapGet("/report", ReportAsync).WithName("AttributionReport")
            .WithSummary("Totals, dark-social share, answers by source, class and channel, average share sentiment per source, weekly trend, response rate.");
        group.MapGet("/export", Export).WithName("ExportAttributionAnswers")
            .WithSummary("Stream the filtered answers as CSV (RFC 4180, UTF-8 with BOM, Excel-safe; separator comma or semicolon) or JSON Lines; customers as keyed pseudonyms.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson");
        group.MapPost("/reclassify", ReclassifyAsync).WithName("ReclassifyAttributionAnswers")
            .WithSummary("Re-run the current classifier over stored answers classified by another version; returns counts.");
        return admin;
    }

    public sealed record ClassifyRequest(string? Text, string? Locale);

    public sealed record ClassifyResponse(string Source, string Class, string? Channel, string? Detail, double Confidence, string Version,
        string? FollowUp, string Evidence);

    public sealed record AnswerPage(int Page, int PageSize, int Total, IReadOnlyList<AttributionAnswerView> Items);

    private static Results<Ok<ClassifyResponse>, ValidationProblem> Classify(ClassifyRequest request)
    {
        if (TextProblem(request.Text, request.Locale) is { } problem) return problem;
        var result = AttributionClassifier.Default.Classify(request.Text, request.Locale);
        return TypedResults.Ok(new ClassifyResponse(result.Source, AttributionRecorder.ClassName(result.Class), result.ShareChannel,
            result.Detail, result.Confidence, result.ClassifierVersion, result.IsAmbiguous ? result.FollowUp.ToString() : null, result.Evidence));
    }

    private static async Task<Results<Ok<AnswerPage>, ValidationProblem>> ListAsync([AsParameters] AttributionQuery query, BotDbContext db,
        CancellationToken cancellationToken)
    {
        var (filter, problem) = AttributionFilter.Parse(query);
        if (filter is null) return problem!;
        var answers = db.AttributionAnswers.AsNoTracking().Answered(filter);
        var total = await answers.CountAsync(cancellationToken);
        var rows = await answers.OrderByDescending(e => e.AnsweredAt).ThenByDescending(e => e.Id)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new AnswerPage(filter.Page, filter.PageSize, total, [.. rows.Select(AttributionAnswerView.Of)]));
    }

    private static async Task<Results<Ok<AttributionReport>, ValidationProblem>> ReportAsync([AsParameters] AttributionQuery query,
        BotDbContext db, CancellationToken cancellationToken)
    {
        var (filter, problem) = AttributionFilter.Parse(query);
        if (filter is null) return problem!;
        if (WholeDaysProblem(filter) is { } partOfADay) return partOfADay;
        return TypedResults.Ok(await AttributionReport.BuildAsync(db, filter, cancellationToken));
    }

    /// <summary>
    /// The report adds up daily counts of UTC days, so it cannot start or end inside a day: a time other than midnight UTC
    /// (midnight in Paris is 23:00 UTC) is refused, where counting its whole day silently disagreed with the list and export.
    /// </summary>
    private static ValidationProblem? WholeDaysProblem(AttributionFilter filter)
    {
        var errors = new FieldErrors();
        foreach (var (name, at) in new[] { ("from", filter.From), ("to", filter.To) })
        {
            if (at is { } time && time.UtcDateTime.TimeOfDay != TimeSpan.Zero)
                errors.Set(name, "whole_days_only", $"The report counts whole UTC days: give '{name}' as a date (2026-11-23) or a time at midnight UTC; the list and the export take any time.");
        }
        return errors.Count == 0 ? null : errors.Problem("Some filters are not valid.");
    }

    private static Results<PushStreamHttpResult, ValidationProblem> Export([AsParameters] AttributionQuery query,
        [FromQuery] string? format, [FromQuery] string? separator, BotDbContext db, TimeProvider time, HttpContext http)
    {
        var (filter, problem) = AttributionFilter.Parse(query);
        if (filter is null) return problem!;
        var csv = string.IsNullOrEmpty(format) || format.Equals("csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && !format!.Equals("jsonl", StringComparison.OrdinalIgnoreCase))
            return FieldErrors.One("format", "format_unknown", "'format' must be csv or jsonl.").Problem();
        char? delimiter = string.IsNullOrEmpty(separator) || separator.Equals("comma", StringComparison.OrdinalIgnoreCase) ? ','
            : separator.Equals("semicolon", StringComparison.OrdinalIgnoreCase) ? ';' : null;
        if (delimiter is null)
            return FieldErrors.One("separator", "separator_unknown",
                "'separator' must be comma or semicolon (what Excel expects in French, German and most of Europe).").Problem();

        var rows = AttributionExport.Read(db, filter);
        var name = $"attribution-{time.GetUtcNow():yyyyMMdd-HHmmss}.{(csv ? "csv" : "jsonl")}";
        // A download (Content-Disposition: attachment) of customers' words as written, markup included: never read as a page.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Stream(async body =>
            {
                if (csv) await AttributionExport.WriteCsvAsync(rows, body, delimiter.Value, http.RequestAborted);
                else await AttributionExport.WriteJsonLinesAsync(rows, body, http.RequestAborted);
            },
            csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8", name);
    }

    private static async Task<Ok<AttributionReclassifier.Outcome>> ReclassifyAsync(BotDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await AttributionReclassifier.RunAsync(db, cancellationToken));

    /// <summary>The shared checks of the classify and sentiment endpoints: a text of 1-2,000 characters, an optional short locale.</summary>
    internal static ValidationProblem? TextProblem(string? text, string? locale)
    {
        if (string.IsNullOrWhiteSpace(text))
            return FieldErrors.One("text", "text_required", "'text' is required.").Problem();
        if (text.Length > 2000)
            return FieldErrors.One("text", "text_too_long", "'text' is limited to 2,000 characters.").Problem();
        if (locale is { Length: > 35 })
            return FieldErrors.One("locale", "locale_invalid", "'locale' is a BCP-47 tag such as en or fr-FR.").Problem();
        return null;
    }
}
