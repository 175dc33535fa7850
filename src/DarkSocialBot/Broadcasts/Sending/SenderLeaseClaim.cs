using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts.Sending;

/// <summary>
/// Takes or renews the lease to send on a channel: granted when free, expired, or already ours (a restart keeps
/// its instance id). A zero <c>until</c> in the past releases it. The upsert's WHERE makes it one atomic step.
/// </summary>
internal sealed class SenderLeaseClaim(string channelId, string owner, DateTimeOffset now, DateTimeOffset until) : WriteOperation<bool>
{
    private const string Sql =
        "INSERT INTO broadcast_sender_leases (channel_id, owner, lease_until) VALUES (@c, @o, @l) " +
        "ON CONFLICT (channel_id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until " +
        "WHERE broadcast_sender_leases.owner = excluded.owner OR broadcast_sender_leases.lease_until < @t";

    private bool _granted;

    protected override bool Result => _granted;

    public override bool NeedsSavepoint => false;

    public override async ValueTask<bool> ExecuteAsync(WriteSession session)
    {
        _granted = await session.Command(Sql).With("@c", channelId).With("@o", owner).With("@l", until.UtcTicks).With("@t", now.UtcTicks)
            .ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
        return true;
    }
}
