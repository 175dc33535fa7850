using Microsoft.AspNetCore.Http.HttpResults;

namespace DarkSocialBot.Privacy;

/// <summary>Customers' rights under the admin group: access and portability (export as JSON), erasure, consents.</summary>
public static class PrivacyEndpoints
{
    public sealed record ConsentRequest(string? Purpose, bool? Granted, string? WordingVersion, string? Source);

    public sealed record ConsentResponse(long Id, string Purpose, bool Granted, string WordingVersion, string Source, DateTimeOffset RecordedAt);

    public static RouteGroupBuilder MapPrivacy(this RouteGroupBuilder admin)
    {
        var customer = admin.MapGroup("/customers/{channel}/{userId}").WithTags("Privacy");
        customer.MapGet("/export", ExportAsync).WithName("ExportCustomerData")
            .WithSummary("Everything stored about one customer as JSON (GDPR art. 15 and 20): messages, state, attribution, sentiment, consents.");
        customer.MapDelete("/", EraseAsync).WithName("EraseCustomerData")
            .WithSummary("Erase everything about one customer across tables (GDPR art. 17); only aggregate counts remain. Returns rows removed per table.");
        customer.MapPost("/consents", RecordConsentAsync).WithName("RecordConsent")
            .WithSummary("Record a consent decision (purpose service or marketing, granted or withdrawn) with the wording version shown.");
        return admin;
    }

    private static async Task<Results<Ok<CustomerData>, ValidationProblem>> ExportAsync(string channel, string userId, CustomerDataExport export,
        CancellationToken cancellationToken) =>
        IdProblem(channel, userId) is { } problem ? problem : TypedResults.Ok(await export.ReadAsync(channel, userId, cancellationToken));

    private static async Task<Results<Ok<ErasureCounts>, ValidationProblem>> EraseAsync(string channel, string userId, CustomerEraser eraser,
        CancellationToken cancellationToken) =>
        IdProblem(channel, userId) is { } problem ? problem : TypedResults.Ok(await eraser.EraseAsync(channel, userId, null, cancellationToken));

    private static async Task<Results<Created<ConsentResponse>, ValidationProblem>> RecordConsentAsync(string channel, string userId,
        ConsentRequest request, ConsentLedger ledger, CancellationToken cancellationToken)
    {
        if (IdProblem(channel, userId) is { } problem) return problem;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!Enum.TryParse<ConsentPurpose>(request.Purpose, ignoreCase: true, out var purpose) || int.TryParse(request.Purpose, out _))
            errors["purpose"] = ["'purpose' must be service or marketing."];
        if (request.Granted is null) errors["granted"] = ["'granted' (true or false) is required."];
        if (string.IsNullOrWhiteSpace(request.WordingVersion) || request.WordingVersion.Length > 32)
            errors["wordingVersion"] = ["'wordingVersion' (up to 32 characters) names the text the customer saw."];
        if (request.Source is { Length: > 32 }) errors["source"] = ["'source' is limited to 32 characters."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var consent = await ledger.RecordAsync(channel, userId, purpose, request.Granted!.Value, request.WordingVersion!.Trim(),
            string.IsNullOrWhiteSpace(request.Source) ? "admin" : request.Source.Trim(), cancellationToken);
        return TypedResults.Created($"/api/admin/customers/{Uri.EscapeDataString(channel)}/{Uri.EscapeDataString(userId)}/export",
            new ConsentResponse(consent.Id, consent.Purpose.ToString().ToLowerInvariant(), consent.Granted, consent.WordingVersion, consent.Source, consent.RecordedAt));
    }

    private static ValidationProblem? IdProblem(string channel, string userId) =>
        channel.Length is 0 or > 64 || userId.Length is 0 or > 256
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["customer"] = ["Channel (up to 64 characters) and user id (up to 256) are required."] })
            : null;
}
