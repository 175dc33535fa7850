using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Privacy.Providers;

/// <summary>
/// Queues deletions at the providers in the caller's transaction (the one that deletes our rows naming them), so a crash or a
/// provider that is down loses none: <see cref="ProviderDeletionWorker"/> carries them out. A resource already queued is
/// not queued twice (unique index).
/// </summary>
internal static class ProviderDeletionQueue
{
    /// <returns>How many were queued (not counting those already waiting).</returns>
    public static async Task<int> AddAsync(BotDbContext db, IEnumerable<ProviderResource> resources, ProviderDeletionReason reason, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var queued = 0;
        foreach (var resource in resources.Distinct())
            queued += await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO provider_deletions (kind, resource, scope, reason, status, attempts, created_at, next_attempt_at)
                VALUES ({(int)resource.Kind}, {resource.Resource}, {resource.Scope}, {(int)reason}, 0, 0, {now.UtcTicks}, {now.UtcTicks})
                ON CONFLICT (kind, resource) DO NOTHING
                """, cancellationToken);
        return queued;
    }

    /// <summary>
    /// The resources of a bag report's evidence that must stay while the report is kept: its media and, on Twilio, the message
    /// that brought them (deleting a message deletes its media).
    /// </summary>
    public static HashSet<(ProviderResourceKind, string)> KeptEvidence(IEnumerable<string?> attachments) =>
        [.. attachments.SelectMany(a => Airline.BagEvidence.Read(a))
            .SelectMany(e => ProviderResource.OfEvidence(e.Url, DateTimeOffset.MinValue, DateTimeOffset.MinValue)).Select(r => (r.Kind, r.Resource))];

    /// <summary>The resources a bag report's evidence names (deleted with the report).</summary>
    public static IEnumerable<ProviderResource> OfEvidence(string? attachments, DateTimeOffset filedAt, DateTimeOffset now) =>
        Airline.BagEvidence.Read(attachments).SelectMany(e => ProviderResource.OfEvidence(e.Url, filedAt, now));
}
