using DarkSocialBot.Channels.Twilio;
using DarkSocialBot.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Privacy;

/// <summary>Customers' rights under the admin group: access and portability (export as JSON) and erasure, and the erasure's deletions at the providers.</summary>
public static class PrivacyEndpoints
{
    public static RouteGroupBuilder MapPrivacy(this RouteGroupBuilder admin)
    {
        var customer = admin.MapGroup("/customers/{channel}/{userId}").WithTags("Privacy");
        customer.MapGet("/export", ExportAsync).WithName("ExportCustomerData")
            .WithSummary("Everything stored about one customer as JSON (GDPR art. 15 and 20): messages, state, attribution, sentiment, consents.");
        customer.MapDelete("/", EraseAsync).WithName("EraseCustomerData")
            .WithSummary("Erase everything about one customer across tables (GDPR art. 17); only aggregate counts remain. Returns rows removed per table.");
        admin.MapGet("/privacy/provider-deletions", ListProviderDeletionsAsync).WithTags("Privacy").WithName("ListProviderDeletions")
            .WithSummary("Deletions at the providers (customers' Twilio messages and media, WhatsApp Cloud media) still waiting or refused for good, refused first.");
        return admin;
    }

    private static async Task<Ok<ProviderDeletions>> ListProviderDeletionsAsync(BotDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.ProviderDeletions.AsNoTracking().OrderByDescending(d => d.Status).ThenBy(d => d.Id).Take(MaxListed)
            .Select(d => new ProviderDeletionItem(d.Id, d.Kind, d.Resource, d.Reason, d.Status, d.Attempts, d.CreatedAt, d.NextAttemptAt, d.Error))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ProviderDeletions(
            await db.ProviderDeletions.CountAsync(d => d.Status == ProviderDeletionStatus.Pending, cancellationToken),
            await db.ProviderDeletions.CountAsync(d => d.Status == ProviderDeletionStatus.Failed, cancellationToken), rows));
    }

    private const int MaxListed = 500;

    /// <summary>What waits to be deleted at the providers and what they refused (the first 500, refused first).</summary>
    public sealed record ProviderDeletions(int Pending, int Failed, IReadOnlyList<ProviderDeletionItem> Items);

    /// <summary>One deletion: the provider's id of the resource (never a phone number), why it is deleted, and the provider's last answer.</summary>
    public sealed record ProviderDeletionItem(long Id, ProviderResourceKind Kind, string Resource, ProviderDeletionReason Reason, ProviderDeletionStatus Status,
        int Attempts, DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, string? Error);

    private static async Task<Results<Ok<CustomerData>, ValidationProblem>> ExportAsync(string channel, string userId, CustomerDataExport export,
        CancellationToken cancellationToken) =>
        IdProblem(channel, userId) is { } problem ? problem : TypedResults.Ok(await export.ReadAsync(channel, UserId(channel, userId), cancellationToken));

    private static async Task<Results<Ok<ErasureCounts>, ValidationProblem>> EraseAsync(string channel, string userId, CustomerEraser eraser,
        CancellationToken cancellationToken) =>
        IdProblem(channel, userId) is { } problem ? problem : TypedResults.Ok(await eraser.EraseAsync(channel, UserId(channel, userId), null, cancellationToken));

    /// <summary>
    /// The id the channel's adapter stores: on Twilio channels the number as E.164, so "whatsapp:+33612345678" (as Twilio
    /// shows it) finds the customer instead of erasing nothing.
    /// Spaces around the id (pasted from a spreadsheet or a ticket) are not part of it: erasing "ana " answered 200 with
    /// 0 rows and left everything.
    /// </summary>
    private static string UserId(string channel, string userId) =>
        TwilioChannels.Handles(channel) ? TwilioChannels.UserId(userId.Trim()) : userId.Trim();

    private static ValidationProblem? IdProblem(string channel, string userId) =>
        channel.Length is 0 or > 64 || string.IsNullOrWhiteSpace(userId) || userId.Length > 256
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["customer"] = ["Channel (up to 64 characters) and user id (up to 256) are required."] })
            : null;
}
