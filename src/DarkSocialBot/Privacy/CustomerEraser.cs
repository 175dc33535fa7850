using DarkSocialBot.Airline;
using DarkSocialBot.Attribution;
using DarkSocialBot.Channels;
using DarkSocialBot.Channels.Meta;
using DarkSocialBot.Core.State;
using DarkSocialBot.Privacy.Providers;
using DarkSocialBot.Storage;
using DarkSocialBot.Turns;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Privacy;

/// <summary>
/// Erases everything about a customer (GDPR art. 17) in one transaction: inbox and outbox rows of their conversations (those
/// they wrote in, and their broadcast subscriber's, which is all an imported subscriber has), their
/// conversation and user state, attribution answers, arrivals, message sentiments, conversation links, their contact row,
/// their broadcast subscriber with its subscriptions, consent records and deliveries, and the handoffs of their conversations
/// (open or closed: the complaint in their words, the booking reference), and their handled bag reports (description, phone,
/// photos). What the customer sent that the providers keep (Twilio messages and media, WhatsApp Cloud media) is queued for
/// deletion there in the same transaction (<see cref="ProviderDeletionQueue"/>; <see cref="ErasureCounts.ProviderDeletions"/>). An open bag report is kept, since the bag cannot be traced and returned without it: the answer names it
/// (<see cref="ErasureCounts.KeptBagReports"/>) and it is deleted when the baggage desk marks it handled. A bag report filed before
/// reports kept their conversation, which no message of the bot could link to one (see the migration
/// <c>BagReportConversationBackfill</c>), is the customer's when it gives as contact the number they write from (SMS and WhatsApp):
/// erased or kept the same way. It is not in their export, since another customer may have given that number. Only the daily aggregate counts remain (they hold no
/// customer data), and, for a customer who opted out, the bare opt-out (channel, id, time) so their STOP is still honoured;
/// for one who withdrew a consent (STOP, "unsubscribe from offers"), the bare subscriber (channel, id) with those ended
/// subscriptions and their consent records: the proof of consent and of withdrawal, and what keeps an old consent imported
/// again from subscribing them back (GDPR art. 7(1), 21).
/// In a conversation, the current turn is kept (see
/// <see cref="ErasureScope"/>): its inbound row (text redacted) and the link to its conversation, so the confirmation can be
/// saved and sent; both go with the retention purge.
/// </summary>
public sealed partial class CustomerEraser(IDbContextFactory<BotDbContext> dbFactory, CustomerKeys keys, TurnStore turns, TimeProvider time,
    ILogger<CustomerEraser> logger)
{
    /// <summary>What an erasure requested from inside a turn leaves to that turn; its inbound row keeps only <paramref name="RedactedPayload"/>.</summary>
    public sealed record ErasureScope(string ActivityId, string ConversationKey, string UserStateKey, byte[] RedactedPayload);

    public async Task<ErasureCounts> EraseAsync(string channelId, string userId, ErasureScope? current, CancellationToken cancellationToken)
    {
        var customer = keys.Customer(channelId, userId);
        var userKey = StateKeys.UserKey(channelId, userId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var subscribed = await db.Subscribers.Where(s => s.ChannelId == channelId && s.UserId == userId)
            .Select(s => new { s.Id, s.ConversationId }).ToListAsync(cancellationToken);
        var subscribers = subscribed.Select(s => s.Id).ToList();
        // A subscriber who never wrote (imported) has no conversation link: their broadcasts are in their subscriber's conversation.
        var conversations = (await db.ConversationLinks.Where(l => l.ChannelId == channelId && l.UserId == userId)
            .Select(l => l.ConversationKey).ToListAsync(cancellationToken))
            .Union(subscribed.Select(s => StateKeys.ConversationKey(channelId, s.ConversationId))).ToList();
        var stateKeys = conversations.Append(userKey).Where(k => k != current?.ConversationKey && k != current?.UserStateKey).ToList();
        var phones = await PhonesAsync(db, channelId, userId, cancellationToken);
        var keepActivity = current?.ActivityId ?? "";
        var keepConversation = current?.ConversationKey ?? "";

        ErasureCounts counts;
        int providerDeletions;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // First, in the same transaction: what the customer sent that the providers keep, but not the evidence of a bag report kept open.
            providerDeletions = await QueueProviderDeletionsAsync(db, conversations, phones, cancellationToken);
            counts = new ErasureCounts(
                await db.ConversationLinks.Where(l => l.ChannelId == channelId && l.UserId == userId && l.ConversationKey != keepConversation)
                    .ExecuteDeleteAsync(cancellationToken),
                await db.Inbox.Where(e => conversations.Contains(e.ConversationKey) && !(e.ChannelId == channelId && e.ActivityId == keepActivity))
                    .ExecuteDeleteAsync(cancellationToken),
                await db.Outbox.Where(e => conversations.Contains(e.ConversationKey)).ExecuteDeleteAsync(cancellationToken),
                await db.States.Where(s => stateKeys.Contains(s.Key)).ExecuteDeleteAsync(cancellationToken),
                await db.AttributionAnswers.Where(a => a.CustomerKey == customer).ExecuteDeleteAsync(cancellationToken),
                await db.Arrivals.Where(a => a.CustomerKey == customer).ExecuteDeleteAsync(cancellationToken),
                await db.Sentiments.Where(s => s.CustomerKey == customer).ExecuteDeleteAsync(cancellationToken),
                await db.Contacts.Where(c => c.ChannelId == channelId && c.UserId == userId && c.OptedOutAt == null).ExecuteDeleteAsync(cancellationToken)
                + await db.Contacts.Where(c => c.ChannelId == channelId && c.UserId == userId && c.OptedOutAt != null)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.DisplayName, (string?)null).SetProperty(c => c.WaId, (string?)null)
                        .SetProperty(c => c.Bsuid, (string?)null).SetProperty(c => c.OfferedChoices, (string?)null)
                        .SetProperty(c => c.LastInboundAt, (DateTimeOffset?)null), cancellationToken),
                Subscribers: 0,
                await db.Subscriptions.Where(s => subscribers.Contains(s.SubscriberId) && s.Status == SubscriptionStatus.Active).ExecuteDeleteAsync(cancellationToken),
                // What is left are withdrawals: their consent records stay, the proof of the consent and of its withdrawal.
                await db.Consents.Where(c => subscribers.Contains(c.SubscriberId)
                    && !db.Subscriptions.Any(s => s.SubscriberId == c.SubscriberId && s.Topic == c.Topic)).ExecuteDeleteAsync(cancellationToken),
                await db.BroadcastDeliveries.Where(d => subscribers.Contains(d.SubscriberId)).ExecuteDeleteAsync(cancellationToken),
                await db.Handoffs.Where(h => conversations.Contains(h.ConversationKey)).ExecuteDeleteAsync(cancellationToken),
                await BagReports(db, conversations, phones).Where(r => r.HandledAt != null).ExecuteDeleteAsync(cancellationToken));
            var open = BagReports(db, conversations, phones).Where(r => r.HandledAt == null);
            await open.Where(r => r.ErasureRequestedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ErasureRequestedAt, time.GetUtcNow()), cancellationToken);
            counts = counts with
            {
                ProviderDeletions = providerDeletions,
                KeptBagReports = await open.OrderBy(r => r.Id).Select(r => r.Reference).ToListAsync(cancellationToken),
                Subscribers = await db.Subscribers.Where(s => subscribers.Contains(s.Id) && !db.Subscriptions.Any(t => t.SubscriberId == s.Id))
                    .ExecuteDeleteAsync(cancellationToken)
                    + await db.Subscribers.Where(s => subscribers.Contains(s.Id))
                        .ExecuteUpdateAsync(s => s.SetProperty(x => x.DisplayName, (string?)null).SetProperty(x => x.ServiceUrl, (string?)null)
                            .SetProperty(x => x.BotId, (string?)null).SetProperty(x => x.Tags, "|").SetProperty(x => x.ConversationId, x => x.UserId), cancellationToken),
            };
            if (current is not null)
                await db.Inbox.Where(e => e.ChannelId == channelId && e.ActivityId == keepActivity)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.Payload, current.RedactedPayload), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        foreach (var key in stateKeys) turns.Forget(key);
        LogErased(logger, channelId, counts.Total);
        return counts;
    }

    /// <summary>
    /// Queues the deletion, at Twilio and at Meta, of what the customer sent in their conversations (messages and media) and of
    /// the evidence of their handled bag reports; the evidence of an open one stays with it (the desk needs the photos) and goes
    /// when it is deleted.
    /// </summary>
    private async Task<int> QueueProviderDeletionsAsync(BotDbContext db, List<string> conversations, List<string> phones, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var reports = await BagReports(db, conversations, phones).Select(r => new { r.Attachments, r.CreatedAt, Open = r.HandledAt == null })
            .ToListAsync(cancellationToken);
        var kept = ProviderDeletionQueue.KeptEvidence(reports.Where(r => r.Open).Select(r => r.Attachments));
        var inbound = await db.Inbox.Where(e => conversations.Contains(e.ConversationKey) && ProviderResource.Channels.Contains(e.ChannelId))
            .Select(e => new { e.ChannelId, e.Payload, e.ReceivedAt }).ToListAsync(cancellationToken);
        var resources = inbound.SelectMany(e => ProviderResource.OfInbound(e.ChannelId, e.Payload, e.ReceivedAt, now))
            .Concat(reports.Where(r => !r.Open).SelectMany(r => ProviderDeletionQueue.OfEvidence(r.Attachments, r.CreatedAt, now)))
            .Where(r => !kept.Contains((r.Kind, r.Resource)));
        return await ProviderDeletionQueue.AddAsync(db, resources, ProviderDeletionReason.Erasure, now, cancellationToken);
    }

    /// <summary>The bag reports of the customer's conversations, and unlinked ones (filed before reports kept their conversation) giving their number.</summary>
    private static IQueryable<BagReport> BagReports(BotDbContext db, List<string> conversations, List<string> phones) =>
        db.BagReports.Where(r => conversations.Contains(r.ConversationKey!) || (r.ConversationKey == null && phones.Contains(r.ContactPhone)));

    /// <summary>
    /// The numbers the customer writes from, as E.164: their id on SMS and WhatsApp through Twilio, their WhatsApp id on the
    /// WhatsApp Cloud API (the id itself, or the contact's when the id is a business-scoped one); none on other channels.
    /// </summary>
    private static async Task<List<string>> PhonesAsync(BotDbContext db, string channelId, string userId, CancellationToken cancellationToken)
    {
        var waIds = await db.Contacts.Where(c => c.ChannelId == channelId && c.UserId == userId && c.WaId != null).Select(c => c.WaId!)
            .ToListAsync(cancellationToken);
        if (channelId == MetaChannels.WhatsApp) waIds.Add(userId);
        return [.. waIds.Where(id => id.Length > 0 && id.All(char.IsAsciiDigit)).Select(id => "+" + id).Append(userId)
            .Select(E164.Normalize).OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Erased a customer's data on channel {ChannelId}: {Rows} rows")]
    private static partial void LogErased(ILogger logger, string channelId, int rows);
}
