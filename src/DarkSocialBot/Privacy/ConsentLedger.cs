using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Privacy;

/// <summary>
/// Consents per purpose, append-only: every decision is a row with its wording version and time; the latest row per purpose is
/// the customer's current choice. Broadcasts check <see cref="HasConsentedAsync"/> for <see cref="ConsentPurpose.Marketing"/>
/// before sending anything; nothing is ever assumed (no row = no consent).
/// </summary>
public sealed class ConsentLedger(IDbContextFactory<BotDbContext> dbFactory, TimeProvider time)
{
    public async Task<Consent> RecordAsync(string channelId, string userId, ConsentPurpose purpose, bool granted, string wordingVersion,
        string source, CancellationToken cancellationToken)
    {
        var consent = new Consent
        {
            ChannelId = channelId, UserId = userId, Purpose = purpose, Granted = granted, WordingVersion = wordingVersion, Source = source,
            RecordedAt = time.GetUtcNow(),
        };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Consents.Add(consent);
        await db.SaveChangesAsync(cancellationToken);
        return consent;
    }

    /// <summary>The latest decision per purpose.</summary>
    public async Task<IReadOnlyList<Consent>> CurrentAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var all = await db.Consents.AsNoTracking().Where(c => c.ChannelId == channelId && c.UserId == userId)
            .OrderBy(c => c.RecordedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        return [.. all.GroupBy(c => c.Purpose).Select(g => g.Last()).OrderBy(c => c.Purpose)];
    }

    public async Task<bool> HasConsentedAsync(string channelId, string userId, ConsentPurpose purpose, CancellationToken cancellationToken) =>
        (await CurrentAsync(channelId, userId, cancellationToken)).Any(c => c.Purpose == purpose && c.Granted);
}
