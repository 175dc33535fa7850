using System.Globalization;
using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts.Sending;

/// <summary>
/// Applies send decisions in one transaction. A dispatch flips the delivery from queued to dispatched (only if it is
/// still queued and its campaign still running), inserts the outbox row and links it: all or nothing, so a crash
/// leaves each delivery either queued (sent later) or in the outbox (sent by the dispatcher), never both, never lost.
/// Paced dispatches carry their slot: the outbox row is not due before it (plus a margin, so the dispatcher's poll
/// leaves it to the sender that releases it at its slot; after a crash the poll sends it).
/// </summary>
internal sealed class DeliveryMove(
    IReadOnlyList<SendDecision> decisions,
    DateTimeOffset now,
    string leaseOwner,
    DateTimeOffset leaseUntil,
    IReadOnlyList<DateTimeOffset>? slots,
    Action<List<(OutboxEntry Entry, Activity Activity, DateTimeOffset At)>> onCommitted) : WriteOperation<int>
{
    private const string Claim =
        "UPDATE broadcast_deliveries SET status = @s, reason = @r, updated_at = @t WHERE id = @id AND status = @queued " +
        "AND EXISTS (SELECT 1 FROM broadcast_campaigns c WHERE c.id = broadcast_deliveries.campaign_id AND c.status = @running)";
    private const string Defer =
        "UPDATE broadcast_deliveries SET due_at = @due, deferrals = deferrals + 1, reason = @r, updated_at = @t WHERE id = @id AND status = @queued";
    private const string InsertOutbox =
        "INSERT INTO outbox (channel_id, conversation_key, payload, status, attempts, created_at, next_attempt_at, lease_owner, lease_until) " +
        "VALUES (@c, @k, @p, @pending, 0, @t, @due, @o, @l) RETURNING id";
    private static readonly TimeSpan ReleaseMargin = TimeSpan.FromSeconds(2);
    private const string Link = "UPDATE broadcast_deliveries SET outbox_id = @o WHERE id = @id";

    private readonly List<(OutboxEntry, Activity, DateTimeOffset)> _moved = [];

    protected override int Result => _moved.Count;

    public override async ValueTask<bool> ExecuteAsync(WriteSession session)
    {
        _moved.Clear();
        foreach (var decision in decisions)
        {
            if (decision.Action == SendAction.Defer)
            {
                await session.Command(Defer).With("@due", decision.DeferUntil!.Value.UtcTicks).With("@r", decision.Reason).With("@t", now.UtcTicks)
                    .With("@id", decision.DeliveryId).With("@queued", (int)BroadcastDeliveryStatus.Queued).ExecuteNonQueryAsync().ConfigureAwait(false);
                continue;
            }
            var status = decision.Action == SendAction.Dispatch ? BroadcastDeliveryStatus.Dispatched : BroadcastDeliveryStatus.Skipped;
            var claimed = await session.Command(Claim).With("@s", (int)status).With("@r", decision.Reason).With("@t", now.UtcTicks)
                .With("@id", decision.DeliveryId).With("@queued", (int)BroadcastDeliveryStatus.Queued).With("@running", (int)CampaignStatus.Running)
                .ExecuteNonQueryAsync().ConfigureAwait(false);
            if (claimed == 0 || decision.Action != SendAction.Dispatch) continue;

            var activity = decision.Activity!;
            var at = slots is null ? now : slots[_moved.Count];
            var entry = new OutboxEntry
            {
                ChannelId = activity.ChannelId!,
                ConversationKey = BroadcastMessage.ConversationKey(activity),
                Payload = JsonSerializer.SerializeToUtf8Bytes(activity, ActivityJson.Default.Activity),
                Status = OutboxStatus.Pending,
            };
            var id = await session.Command(InsertOutbox).With("@c", entry.ChannelId).With("@k", entry.ConversationKey).With("@p", entry.Payload)
                .With("@pending", (int)OutboxStatus.Pending).With("@t", now.UtcTicks)
                .With("@due", (slots is null ? now : at + ReleaseMargin).UtcTicks).With("@o", leaseOwner).With("@l", leaseUntil.UtcTicks)
                .ExecuteScalarAsync().ConfigureAwait(false);
            entry.Id = Convert.ToInt64(id, CultureInfo.InvariantCulture);
            await session.Command(Link).With("@o", entry.Id).With("@id", decision.DeliveryId).ExecuteNonQueryAsync().ConfigureAwait(false);
            _moved.Add((entry, activity, at));
        }
        return true;
    }

    protected override void OnCommitted() => onCommitted(_moved);
}
