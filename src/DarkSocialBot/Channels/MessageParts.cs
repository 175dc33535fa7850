using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Channels;

/// <summary>
/// Sends a reply that a channel had to split into parts, resuming after the parts already accepted: each accepted
/// part but the last is recorded on the outbox row, so a retry never resends what the customer already got.
/// </summary>
internal static class MessageParts
{
    private const string SavePartsSent = "UPDATE outbox SET parts_sent = @p WHERE id = @id";

    public static async Task<DeliveryResult> SendAsync<T>(IReadOnlyList<T> parts, OutboxEntry entry, StorageWriter writer,
        Func<T, Task<DeliveryResult>> sendPartAsync)
    {
        var result = DeliveryResult.Sent(null);
        for (var part = entry.PartsSent; part < parts.Count; part++)
        {
            result = await sendPartAsync(parts[part]);
            if (result.Outcome != DeliveryOutcome.Sent || part == parts.Count - 1) break;
            entry.PartsSent = part + 1;
            await writer.ExecuteAsync(new SqlWrite(SavePartsSent, ("@p", entry.PartsSent), ("@id", entry.Id)));
        }
        return result;
    }
}
