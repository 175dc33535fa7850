using System.Text.Json;
using DarkSocialBot.Broadcasts.Campaigns;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Broadcasts.Sending;

/// <summary>A campaign's life in the worker: started when due, fanned out in batches, completed when nothing is queued.</summary>
internal sealed class CampaignProgress(StorageWriter writer, IDbContextFactory<BotDbContext> dbFactory, IOptions<BroadcastsOptions> options, TimeProvider time)
{
    private readonly BroadcastsOptions _options = options.Value;

    /// <summary>Scheduled campaigns whose time has come start running (their last-seen window is fixed then).</summary>
    public async Task ActivateDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var due = await db.Campaigns.AsNoTracking().Where(c => c.Status == CampaignStatus.Scheduled && c.ScheduledAt <= now)
            .Select(c => new { c.Id, c.SegmentJson, c.SeenSince }).ToListAsync(cancellationToken);
        foreach (var campaign in due)
        {
            var segment = JsonSerializer.Deserialize(campaign.SegmentJson, BroadcastJson.Default.CampaignSegment)!;
            var seenSince = campaign.SeenSince ?? (segment.LastSeenWithinDays is { } days ? now - TimeSpan.FromDays(days) : null);
            await db.Campaigns.Where(c => c.Id == campaign.Id && c.Status == CampaignStatus.Scheduled)
                .ExecuteUpdateAsync(c => c
                    .SetProperty(x => x.Status, CampaignStatus.Running)
                    .SetProperty(x => x.StartedAt, x => x.StartedAt ?? now)
                    .SetProperty(x => x.SeenSince, seenSince)
                    .SetProperty(x => x.UpdatedAt, now), cancellationToken);
        }
    }

    /// <summary>One fan-out batch for each running campaign not fully enqueued; true when some may have more.</summary>
    public async Task<bool> FanOutAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pending = await db.Campaigns.AsNoTracking().Where(c => c.Status == CampaignStatus.Running && !c.FanOutDone)
            .Select(c => new { c.Id, c.FanOutCursor, c.SegmentJson, c.SeenSince }).ToListAsync(cancellationToken);
        var more = false;
        foreach (var campaign in pending)
        {
            var segment = JsonSerializer.Deserialize(campaign.SegmentJson, BroadcastJson.Default.CampaignSegment)!;
            var audience = new AudienceQuery(segment, campaign.SeenSince);
            var result = await writer.ExecuteAsync(new FanOutBatch(campaign.Id, campaign.FanOutCursor, audience, _options.FanOutBatchSize, time.GetUtcNow()));
            more |= result != 0;
        }
        return more;
    }

    /// <summary>Channels with deliveries due now in running campaigns.</summary>
    public async Task<List<string>> ChannelsDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var running = await db.Campaigns.AsNoTracking().Where(c => c.Status == CampaignStatus.Running).Select(c => c.Id).ToListAsync(cancellationToken);
        var channels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in running)
        {
            var due = await db.BroadcastDeliveries.AsNoTracking()
                .Where(d => d.CampaignId == id && d.Status == BroadcastDeliveryStatus.Queued && d.DueAt <= now)
                .Select(d => d.ChannelId).Distinct().ToListAsync(cancellationToken);
            channels.UnionWith(due);
        }
        return [.. channels];
    }

    /// <summary>Running campaigns fully enqueued with nothing left queued are completed.</summary>
    public async Task CompleteFinishedAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Campaigns
            .Where(c => c.Status == CampaignStatus.Running && c.FanOutDone
                && !db.BroadcastDeliveries.Any(d => d.CampaignId == c.Id && d.Status == BroadcastDeliveryStatus.Queued))
            .ExecuteUpdateAsync(c => c
                .SetProperty(x => x.Status, CampaignStatus.Completed)
                .SetProperty(x => x.CompletedAt, now)
                .SetProperty(x => x.UpdatedAt, now), cancellationToken);
    }
}
