using DarkSocialBot.Storage;

namespace DarkSocialBot.Privacy.Providers;

/// <summary>
/// Leases due deletions to this host, as <see cref="Outbox.OutboxClaim"/> does deliveries: pending, due, and either already
/// this host's (a restart resumes at once) or with an expired lease (another host died).
/// </summary>
internal sealed class ProviderDeletionClaim(string owner, DateTimeOffset now, DateTimeOffset leaseUntil, int limit) : WriteOperation<List<ProviderDeletion>>
{
    private const string Sql =
        "UPDATE provider_deletions SET lease_owner = @o, lease_until = @l " +
        "WHERE id IN (SELECT id FROM provider_deletions WHERE status = 0 AND next_attempt_at <= @t " +
        "AND (lease_owner = @o OR lease_until IS NULL OR lease_until < @t) ORDER BY id LIMIT @n) " +
        "AND (lease_owner = @o OR lease_until IS NULL OR lease_until < @t) " +
        "RETURNING id, kind, resource, scope, attempts, created_at";

    private readonly List<ProviderDeletion> _claimed = [];

    protected override List<ProviderDeletion> Result => [.. _claimed.OrderBy(e => e.Id)];

    public override bool NeedsSavepoint => false;

    public override async ValueTask<bool> ExecuteAsync(WriteSession session)
    {
        _claimed.Clear();
        await using var reader = await session.Command(Sql)
            .With("@o", owner).With("@l", leaseUntil.UtcTicks).With("@t", now.UtcTicks).With("@n", limit)
            .ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            _claimed.Add(new ProviderDeletion
            {
                Id = reader.GetInt64(0),
                Kind = (ProviderResourceKind)reader.GetInt32(1),
                Resource = reader.GetString(2),
                Scope = reader.IsDBNull(3) ? null : reader.GetString(3),
                Attempts = reader.GetInt32(4),
                CreatedAt = new DateTimeOffset(reader.GetInt64(5), TimeSpan.Zero),
            });
        }
        return true;
    }
}
