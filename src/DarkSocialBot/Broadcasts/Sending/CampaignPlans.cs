using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using DarkSocialBot.Storage;

namespace DarkSocialBot.Broadcasts.Sending;

/// <summary>The running campaigns, oldest first; each one's content is parsed once (it never changes after creation).</summary>
internal sealed class CampaignPlans
{
    private const string RunningSql = "SELECT id, topic, purpose FROM broadcast_campaigns WHERE status = @running ORDER BY id";
    private const string ContentSql = "SELECT content FROM broadcast_campaigns WHERE id = @id";
    private readonly ConcurrentDictionary<long, CampaignPlan> _plans = new();

    public async Task<List<CampaignPlan>> RunningAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var running = new List<(long Id, string Topic, ConsentPurpose Purpose)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = RunningSql;
            command.With("@running", (int)CampaignStatus.Running);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) running.Add((reader.GetInt64(0), reader.GetString(1), (ConsentPurpose)reader.GetInt32(2)));
        }
        var plans = new List<CampaignPlan>(running.Count);
        foreach (var (id, topic, purpose) in running)
        {
            if (!_plans.TryGetValue(id, out var plan))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = ContentSql;
                command.With("@id", id);
                var json = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
                plan = _plans.GetOrAdd(id, new CampaignPlan(id, topic, purpose, JsonSerializer.Deserialize(json, BroadcastJson.Default.CampaignContent)!));
            }
            plans.Add(plan);
        }
        return plans;
    }
}
