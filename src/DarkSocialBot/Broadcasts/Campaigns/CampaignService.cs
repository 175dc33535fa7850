using DarkSocialBot.Http;
using System.Text.Json;
using DarkSocialBot.Broadcasts.Sending;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Broadcasts.Campaigns;

/// <summary>Creates campaigns (checked against their audience) and moves them through pause, resume and cancel.</summary>
internal sealed class CampaignService(IDbContextFactory<BotDbContext> dbFactory, BroadcastWorker worker, IOptions<BroadcastsOptions> options, TimeProvider time)
{
    private readonly BroadcastsOptions _options = options.Value;

    /// <param name="unnamed">Count only the subscribers without a name.</param>
    public async Task<Dictionary<string, int>> AudienceAsync(CampaignSegment segment, CancellationToken cancellationToken, bool unnamed = false)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        var seenSince = segment.LastSeenWithinDays is { } days ? now - TimeSpan.FromDays(days) : (DateTimeOffset?)null;
        return await new AudienceQuery(Normalize(segment), seenSince).CountByLanguageAsync(connection, cancellationToken, unnamed);
    }

    /// <summary>The new campaign, or the errors that make it a 400. With a trigger key, an existing campaign is returned as is.</summary>
    public async Task<(Campaign? Campaign, FieldErrors? Errors)> CreateAsync(CreateCampaignRequest request, string? triggerKey,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var errors = CampaignValidator.Validate(request, _options, now);
        if (errors.Count > 0) return (null, errors);

        var segment = Normalize(request.Segment!);
        var messages = Lower(request.Messages)!;
        var audience = await AudienceAsync(segment, cancellationToken);
        if (audience.Values.Sum() == 0)
            return (null, FieldErrors.One("segment", "no_audience", $"The segment matches no active subscriber of '{segment.Topic}'."));
        var missing = audience.Where(a => a.Value > 0 && !messages.ContainsKey(a.Key.ToLowerInvariant())).ToList();
        if (missing.Count > 0)
        {
            var untranslated = new FieldErrors();
            foreach (var (language, count) in missing)
                untranslated.Add($"messages.{language}", "message_missing_for_language", $"No text for '{language}', which {count} subscriber(s) in the segment speak.");
            return (null, untranslated);
        }
        if (CampaignValidator.UsesName(request) && await AudienceAsync(segment, cancellationToken, unnamed: true) is var unnamed
            && unnamed.Where(u => u.Value > 0 && !HasNameFallback(request.Data, u.Key)).ToList() is { Count: > 0 } nameless)
        {
            var noName = new FieldErrors();
            foreach (var (language, count) in nameless)
                noName.Add("data.name", "name_word_missing", $"{count} subscriber(s) speaking '{language}' have no name for {{{{name}}}}: give data.name " +
                    $"(or data.name.{language.ToLowerInvariant()}), the word to use for them, or leave {{{{name}}}} out.");
            return (null, noName);
        }

        var content = new CampaignContent(messages, Lower(request.Sms), request.Template is { } t ? t with { LanguageCodes = Lower(t.LanguageCodes), ContentSids = Lower(t.ContentSids) } : null, request.Data, request.MessengerTag);
        var campaign = new Campaign
        {
            Name = request.Name!.Trim(),
            Topic = segment.Topic!,
            Purpose = Topics.PurposeOf(segment.Topic, _options)!.Value,
            Status = CampaignStatus.Scheduled,
            SegmentJson = JsonSerializer.Serialize(segment, BroadcastJson.Default.CampaignSegment),
            ContentJson = JsonSerializer.Serialize(content, BroadcastJson.Default.CampaignContent),
            ScheduledAt = request.SendAt is { } at && at > now ? at : now,
            TriggerKey = triggerKey,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // The same event again: the first campaign stands. Looked up first so that an expected repeat logs no failed insert;
        // the unique trigger key still decides when two arrive at once.
        if (triggerKey is not null && await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.TriggerKey == triggerKey, cancellationToken) is { } first)
            return (first, null);
        db.Campaigns.Add(campaign);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (triggerKey is not null)
        {
            // Both arrived at once: the unique trigger key kept the other one.
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            return (await fresh.Campaigns.AsNoTracking().SingleAsync(c => c.TriggerKey == triggerKey, cancellationToken), null);
        }
        worker.Wake();
        return (campaign, null);
    }

    public Task<CampaignStatus?> PauseAsync(long id, CancellationToken cancellationToken) =>
        MoveAsync(id, [CampaignStatus.Scheduled, CampaignStatus.Running], CampaignStatus.Paused, cancellationToken);

    /// <summary>Back to scheduled: the worker starts it again at once (or at its time, if that is still ahead).</summary>
    /// <returns>The status (null for an unknown campaign) and whether it was paused and is now resumed.</returns>
    public async Task<(CampaignStatus? Status, bool Resumed)> ResumeAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var moved = await db.Campaigns.Where(c => c.Id == id && c.Status == CampaignStatus.Paused)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.Status, CampaignStatus.Scheduled).SetProperty(x => x.UpdatedAt, time.GetUtcNow()), cancellationToken);
        if (moved == 1)
        {
            worker.Wake();
            return (CampaignStatus.Scheduled, true);
        }
        return (await db.Campaigns.Where(c => c.Id == id).Select(c => (CampaignStatus?)c.Status).SingleOrDefaultAsync(cancellationToken), false);
    }

    /// <summary>Cancelled, with every delivery still queued cancelled too (those already in the outbox still go).</summary>
    public async Task<CampaignStatus?> CancelAsync(long id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var status = await MoveAsync(db, id, [CampaignStatus.Scheduled, CampaignStatus.Running, CampaignStatus.Paused], CampaignStatus.Cancelled, now, cancellationToken);
        if (status == CampaignStatus.Cancelled)
        {
            await db.BroadcastDeliveries.Where(d => d.CampaignId == id && d.Status == BroadcastDeliveryStatus.Queued)
                .ExecuteUpdateAsync(d => d.SetProperty(x => x.Status, BroadcastDeliveryStatus.Cancelled)
                    .SetProperty(x => x.Reason, SkipReasons.Cancelled).SetProperty(x => x.UpdatedAt, now), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return status;
    }

    /// <returns>The new status; the current one when the move is not allowed from it; null for an unknown campaign.</returns>
    private async Task<CampaignStatus?> MoveAsync(long id, CampaignStatus[] from, CampaignStatus to, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await MoveAsync(db, id, from, to, time.GetUtcNow(), cancellationToken);
    }

    private static async Task<CampaignStatus?> MoveAsync(BotDbContext db, long id, CampaignStatus[] from, CampaignStatus to, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var moved = await db.Campaigns.Where(c => c.Id == id && from.Contains(c.Status))
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.Status, to).SetProperty(x => x.UpdatedAt, now), cancellationToken);
        if (moved == 1) return to;
        return await db.Campaigns.Where(c => c.Id == id).Select(c => (CampaignStatus?)c.Status).SingleOrDefaultAsync(cancellationToken);
    }

    private static bool HasNameFallback(Dictionary<string, string>? data, string language) =>
        data is not null && (data.ContainsKey("name") || data.ContainsKey("name." + language.ToLowerInvariant()));

    private static CampaignSegment Normalize(CampaignSegment segment) => segment with
    {
        Topic = segment.Topic is null ? null : Topics.Normalize(segment.Topic),
        Languages = segment.Languages?.Select(l => l.Trim().ToLowerInvariant()).Distinct().ToArray(),
        Tags = segment.Tags?.Select(t => t.Trim().ToLowerInvariant()).Distinct().ToArray(),
    };

    private static Dictionary<string, string>? Lower(Dictionary<string, string>? texts) =>
        texts?.ToDictionary(t => t.Key.Trim().ToLowerInvariant(), t => t.Value, StringComparer.Ordinal);
}
