using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Contacts;

/// <summary>
/// Reads and writes <c>contacts</c>: one row per (channel, user), written only by idempotent upserts through the
/// storage writer, so concurrent turns, retries and several hosts never create two rows for one customer.
/// </summary>
public sealed class ContactStore(IDbContextFactory<BotDbContext> dbFactory, StorageWriter writer, TimeProvider time)
{
    private static readonly Func<BotDbContext, string, string, Task<ContactSnapshot?>> FindQuery = EF.CompileAsyncQuery(
        (BotDbContext db, string channelId, string userId) => db.Contacts
            .Where(c => c.ChannelId == channelId && c.UserId == userId)
            .Select(c => new ContactSnapshot(c.UserId, c.DisplayName, c.WaId, c.Bsuid, c.OptedOutAt, c.LastInboundAt, c.OfferedChoices))
            .FirstOrDefault());

    private static readonly Func<BotDbContext, string, string, Task<string?>> ByBsuidQuery = EF.CompileAsyncQuery(
        (BotDbContext db, string channelId, string bsuid) => db.Contacts
            .Where(c => c.ChannelId == channelId && c.Bsuid == bsuid)
            .OrderBy(c => c.Id)
            .Select(c => c.UserId)
            .FirstOrDefault());

    private const string Upsert =
        "INSERT INTO contacts (channel_id, user_id, display_name, wa_id, bsuid, last_inbound_at, created_at, updated_at) " +
        "VALUES (@c, @u, @n, @w, @b, @t, @now, @now) ON CONFLICT (channel_id, user_id) DO UPDATE SET " +
        "display_name = COALESCE(excluded.display_name, contacts.display_name), wa_id = COALESCE(excluded.wa_id, contacts.wa_id), " +
        "bsuid = COALESCE(excluded.bsuid, contacts.bsuid), updated_at = excluded.updated_at, last_inbound_at = CASE " +
        "WHEN contacts.last_inbound_at IS NULL OR contacts.last_inbound_at < excluded.last_inbound_at THEN excluded.last_inbound_at " +
        "ELSE contacts.last_inbound_at END";

    private const string OptOut =
        "INSERT INTO contacts (channel_id, user_id, opted_out_at, created_at, updated_at) VALUES (@c, @u, @now, @now, @now) " +
        "ON CONFLICT (channel_id, user_id) DO UPDATE SET opted_out_at = excluded.opted_out_at, offered_choices = NULL, updated_at = excluded.updated_at";

    private const string OptIn = "UPDATE contacts SET opted_out_at = NULL, updated_at = @now WHERE channel_id = @c AND user_id = @u";

    private const string Choices =
        "INSERT INTO contacts (channel_id, user_id, offered_choices, created_at, updated_at) VALUES (@c, @u, @o, @now, @now) " +
        "ON CONFLICT (channel_id, user_id) DO UPDATE SET offered_choices = excluded.offered_choices, updated_at = excluded.updated_at";

    public async Task<ContactSnapshot?> FindAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await FindQuery(db, channelId, userId);
    }

    /// <summary>Whether the customer opted out on this channel: every sender checks it before sending anything.</summary>
    public async Task<bool> IsOptedOutAsync(string channelId, string? userId, CancellationToken cancellationToken) =>
        userId is { Length: > 0 } && (await FindAsync(channelId, userId, cancellationToken))?.IsOptedOut == true;

    /// <summary>The user id already stored for a WhatsApp business-scoped user id, so a customer keeps one identity when the phone number disappears.</summary>
    public async Task<string?> FindUserIdByBsuidAsync(string channelId, string bsuid, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ByBsuidQuery(db, channelId, bsuid);
    }

    /// <summary>Records an inbound message: creates the contact or refreshes its name, ids and last inbound time (never moving it back).</summary>
    public Task RecordInboundAsync(string channelId, string userId, ContactDetails details, DateTimeOffset at) =>
        writer.ExecuteAsync(new SqlWrite(Upsert, ("@c", channelId), ("@u", userId), ("@n", details.DisplayName), ("@w", details.WaId),
            ("@b", details.Bsuid), ("@t", at.UtcTicks), ("@now", time.GetUtcNow().UtcTicks)));

    public Task MarkOptedOutAsync(string channelId, string userId) =>
        writer.ExecuteAsync(new SqlWrite(OptOut, ("@c", channelId), ("@u", userId), ("@now", time.GetUtcNow().UtcTicks)));

    public Task MarkOptedInAsync(string channelId, string userId) =>
        writer.ExecuteAsync(new SqlWrite(OptIn, ("@c", channelId), ("@u", userId), ("@now", time.GetUtcNow().UtcTicks)));

    /// <summary>Remembers (or, with null, forgets) the choices last offered as numbered text.</summary>
    public Task SetOfferedChoicesAsync(string channelId, string userId, string? choicesJson) =>
        writer.ExecuteAsync(new SqlWrite(Choices, ("@c", channelId), ("@u", userId), ("@o", choicesJson), ("@now", time.GetUtcNow().UtcTicks)));
}

/// <summary>Identity details an adapter learnt from an inbound message.</summary>
public sealed record ContactDetails(string? DisplayName, string? WaId, string? Bsuid);
