using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.State;
using DarkSocialBot.Dialogs.Handoff;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DarkSocialBot.Handoffs;

/// <summary>
/// Handoffs in the database: opened by the brand's dialogs (one open per conversation, by unique index), answered and
/// closed by agents through the admin API (<see cref="HandoffEndpoints"/>) or by the customer (<see cref="HandoffMiddleware"/>).
/// </summary>
internal sealed class HandoffDesk(
    IDbContextFactory<BotDbContext> dbFactory,
    IOptions<HandoffOptions> options,
    TimeProvider time) : IHandoffDesk
{
    private const int MaxMessagesRead = 200;

    public async Task<HandoffTicket> OpenAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        var key = StateKeys.For(request.Inbound).Conversation;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reference = request.Inbound.CreateReply();
        var handoff = new Handoff
        {
            ConversationKey = key, ChannelId = request.Inbound.ChannelId ?? "", Reason = request.Reason.ToString(),
            Intent = request.Intent, BookingReference = request.BookingReference, Locale = request.Locale, Note = request.Note,
            ConversationReference = JsonSerializer.SerializeToUtf8Bytes(reference, ActivityJson.Default.Activity),
            OpenedAt = time.GetUtcNow(),
        };
        db.Handoffs.Add(handoff);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Already open (a retried turn, or a second request): the open one stands.
            db.ChangeTracker.Clear();
            handoff = await db.Handoffs.AsNoTracking().FirstAsync(h => h.ConversationKey == key && h.ClosedAt == null, cancellationToken);
        }
        var ahead = await db.Handoffs.CountAsync(h => h.ClosedAt == null && h.Id < handoff.Id, cancellationToken);
        var settings = options.Value;
        var wait = Math.Min(settings.MaxWaitMinutes, settings.BaseWaitMinutes + ahead * settings.MinutesPerWaitingConversation);
        return new HandoffTicket(handoff.Id, TeamAvailable(settings), wait, settings.Opens, settings.Closes);
    }

    public async Task<bool> IsOpenAsync(string conversationKey, CancellationToken cancellationToken) =>
        await FindOpenAsync(conversationKey, cancellationToken) is not null;

    public async Task<Handoff?> FindOpenAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Handoffs.AsNoTracking().FirstOrDefaultAsync(h => h.ConversationKey == conversationKey && h.ClosedAt == null, cancellationToken);
    }

    /// <summary>
    /// Whether a colleague has written to the customer since the handoff opened (their messages are in the outbox, marked as a
    /// person's): until then the customer is still waiting, and may change their mind.
    /// </summary>
    public async Task<bool> AgentAnsweredAsync(Handoff handoff, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sent = await db.Outbox.AsNoTracking()
            .Where(e => e.ConversationKey == handoff.ConversationKey && e.CreatedAt >= handoff.OpenedAt)
            .OrderByDescending(e => e.Id).Take(MaxMessagesRead).Select(e => e.Payload).ToListAsync(cancellationToken);
        return sent.Any(payload => HandoffTranscript.Read(payload) is { } activity && HandoffTranscript.IsFromAgent(activity));
    }

    /// <returns>false when it was closed already (or does not exist).</returns>
    public async Task<bool> CloseAsync(long id, string closedBy, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        return await db.Handoffs.Where(h => h.Id == id && h.ClosedAt == null)
            .ExecuteUpdateAsync(h => h.SetProperty(x => x.ClosedAt, now).SetProperty(x => x.ClosedBy, closedBy), cancellationToken) == 1;
    }

    private bool TeamAvailable(HandoffOptions settings)
    {
        TimeZoneInfo zone;
        try { zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone); }
        catch (TimeZoneNotFoundException) { zone = TimeZoneInfo.Utc; }
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        return settings.Opens <= settings.Closes
            ? local >= settings.Opens && local < settings.Closes
            : local >= settings.Opens || local < settings.Closes;
    }
}
