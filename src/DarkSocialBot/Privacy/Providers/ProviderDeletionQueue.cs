using System.Runtime.CompilerServices;
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
    /// <summary>Rows per INSERT: a purge of a million old messages is some thousands of statements, not a million.</summary>
    private const int RowsPerStatement = 200;

    /// <returns>How many were queued (not counting those already waiting).</returns>
    public static async Task<int> AddAsync(BotDbContext db, IEnumerable<ProviderResource> resources, ProviderDeletionReason reason, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var queued = 0;
        foreach (var chunk in resources.Distinct().Chunk(RowsPerStatement))
        {
            var values = new List<string>(chunk.Length);
            var parameters = new List<object?>(chunk.Length * 3 + 3) { (int)reason, now.UtcTicks };
            foreach (var resource in chunk)
            {
                var at = parameters.Count;
                values.Add($"({{{at}}}, {{{at + 1}}}, {{{at + 2}}}, {{0}}, 0, 0, {{1}}, {{1}})");
                parameters.Add((int)resource.Kind);
                parameters.Add(resource.Resource);
                parameters.Add(resource.Scope);
            }
            // Only placeholders are joined into the text; every value is a parameter.
            var sql = "INSERT INTO provider_deletions (kind, resource, scope, reason, status, attempts, created_at, next_attempt_at) VALUES "
                + string.Join(", ", values) + " ON CONFLICT (kind, resource) DO NOTHING";
            queued += await db.Database.ExecuteSqlAsync(FormattableStringFactory.Create(sql, [.. parameters]), cancellationToken);
        }
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
