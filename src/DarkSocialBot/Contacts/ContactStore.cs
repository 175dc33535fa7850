using System.Collections.Concurrent;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Contacts;

/// <summary>
/// Reads and writes <c>contacts</c>: one row per (channel, user), written only by idempotent upserts through the
/// storage writer, so concurrent turns, retries and several hosts never create two rows for one customer.
/// Every turn and every reply asks about the customer, so snapshots are cached: this host's own writes update the
/// cache as they commit (an opt-out here is seen at once), and an entry is re-read after <see cref="Fresh"/>, which
/// bounds how late this host sees a change another host made.
/// </summary>
public sealed class ContactStore(IDbContextFactory<BotDbContext> dbFactory, SqlReads reads, StorageWriter writer, TimeProvider time)
{
    public static readonly TimeSpan Fresh = TimeSpan.FromSeconds(1);
    private const int MaxCached = 100_000;
    private readonly ConcurrentDictionary<(string Channel, string User), Cached> _cache = new();
    private int _cached;

    // Read on every first message of a conversation: plain SQL on a pooled connection (an EF query costs several times more).
    private const string Find =
        "SELECT user_id, display_name, wa_id, bsuid, opted_out_at, last_inbound_at, offered_choices FROM contacts WHERE channel_id = @c AND user_id = @u";

    private readonly Func<BotDbContext, string, string, Task<string?>> _byBsuidQuery = EF.CompileAsyncQuery(
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
        var key = (channelId, userId);
        var started = time.GetUtcNow();
        if (_cache.TryGetValue(key, out var cached) && started - cached.At < Fresh) return cached.Snapshot;

        var snapshot = await ReadAsync(channelId, userId, cancellationToken);
        // A write that committed while this read ran is newer: keep it.
        Remember(key, new Cached(snapshot, started), keepNewer: true);
        return snapshot;
    }

    private async Task<ContactSnapshot?> ReadAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await reads.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Find;
        command.With("@c", channelId).With("@u", userId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new ContactSnapshot(reader.GetString(0), Text(1), Text(2), Text(3), Time(4), Time(5), Text(6));

        string? Text(int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
        DateTimeOffset? Time(int column) => reader.IsDBNull(column) ? null : new DateTimeOffset(reader.GetInt64(column), TimeSpan.Zero);
    }

    /// <summary>Whether the customer opted out on this channel: every sender checks it before sending anything but the <see cref="OptOutNotice"/>.</summary>
    public async Task<bool> IsOptedOutAsync(string channelId, string? userId, CancellationToken cancellationToken) =>
        userId is { Length: > 0 } && (await FindAsync(channelId, userId, cancellationToken))?.IsOptedOut == true;

    /// <summary>The user id already stored for a WhatsApp business-scoped user id, so a customer keeps one identity when the phone number disappears.</summary>
    public async Task<string?> FindUserIdByBsuidAsync(string channelId, string bsuid, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await _byBsuidQuery(db, channelId, bsuid);
    }

    /// <summary>Records an inbound message: creates the contact or refreshes its name, ids and last inbound time (never moving it back).</summary>
    public async Task RecordInboundAsync(string channelId, string userId, ContactDetails details, DateTimeOffset at)
    {
        await writer.ExecuteAsync(new SqlWrite(Upsert, ("@c", channelId), ("@u", userId), ("@n", details.DisplayName), ("@w", details.WaId),
            ("@b", details.Bsuid), ("@t", at.UtcTicks), ("@now", time.GetUtcNow().UtcTicks)));
        Written(channelId, userId, old => old is null
            ? new ContactSnapshot(userId, details.DisplayName, details.WaId, details.Bsuid, null, at, null)
            : old with
            {
                DisplayName = details.DisplayName ?? old.DisplayName,
                WaId = details.WaId ?? old.WaId,
                Bsuid = details.Bsuid ?? old.Bsuid,
                LastInboundAt = old.LastInboundAt is { } last && last > at ? last : at,
            });
    }

    public async Task MarkOptedOutAsync(string channelId, string userId)
    {
        var now = time.GetUtcNow();
        await writer.ExecuteAsync(new SqlWrite(OptOut, ("@c", channelId), ("@u", userId), ("@now", now.UtcTicks)));
        Written(channelId, userId, old => (old ?? new ContactSnapshot(userId, null, null, null, null, null, null)) with { OptedOutAt = now, OfferedChoices = null });
    }

    public async Task MarkOptedInAsync(string channelId, string userId)
    {
        await writer.ExecuteAsync(new SqlWrite(OptIn, ("@c", channelId), ("@u", userId), ("@now", time.GetUtcNow().UtcTicks)));
        Written(channelId, userId, old => old is null ? null : old with { OptedOutAt = null });
    }

    /// <summary>Remembers (or, with null, forgets) the choices last offered as numbered text.</summary>
    public async Task SetOfferedChoicesAsync(string channelId, string userId, string? choicesJson)
    {
        await writer.ExecuteAsync(new SqlWrite(Choices, ("@c", channelId), ("@u", userId), ("@o", choicesJson), ("@now", time.GetUtcNow().UtcTicks)));
        Written(channelId, userId, old => (old ?? new ContactSnapshot(userId, null, null, null, null, null, null)) with { OfferedChoices = choicesJson });
    }

    /// <summary>Forgets what is cached about a customer (after erasure or changes made elsewhere).</summary>
    public void Forget(string channelId, string userId) => _cache.TryRemove((channelId, userId), out _);

    /// <summary>Applies a committed write to the cached snapshot (the upserts above make the same change in the row).</summary>
    private void Written(string channelId, string userId, Func<ContactSnapshot?, ContactSnapshot?> change)
    {
        var key = (channelId, userId);
        if (!_cache.TryGetValue(key, out var cached) || time.GetUtcNow() - cached.At >= Fresh)
        {
            // Nothing fresh to build on: the next read goes to the database.
            _cache.TryRemove(key, out _);
            return;
        }
        if (change(cached.Snapshot) is { } snapshot) Remember(key, new Cached(snapshot, time.GetUtcNow()), keepNewer: false);
        else _cache.TryRemove(key, out _);
    }

    private void Remember((string, string) key, Cached entry, bool keepNewer)
    {
        if (keepNewer) _cache.AddOrUpdate(key, entry, (_, old) => old.At > entry.At ? old : entry);
        else _cache[key] = entry;
        if (Interlocked.Increment(ref _cached) < MaxCached) return;
        Interlocked.Exchange(ref _cached, 0);
        _cache.Clear();
    }

    private sealed record Cached(ContactSnapshot? Snapshot, DateTimeOffset At);
}

/// <summary>Identity details an adapter learnt from an inbound message.</summary>
public sealed record ContactDetails(string? DisplayName, string? WaId, string? Bsuid);
