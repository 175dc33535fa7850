using System.Text.Json;
using DarkSocialBot.Airline;
using DarkSocialBot.Attribution;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.State;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Privacy;

/// <summary>Gathers everything stored about one customer across tables (see <see cref="CustomerData"/>).</summary>
public sealed class CustomerDataExport(IDbContextFactory<BotDbContext> dbFactory, CustomerKeys keys, TimeProvider time)
{
    public async Task<CustomerData> ReadAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var customer = keys.Customer(channelId, userId);
        var userKey = StateKeys.UserKey(channelId, userId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var subscriber = await db.Subscribers.AsNoTracking().FirstOrDefaultAsync(s => s.ChannelId == channelId && s.UserId == userId, cancellationToken);
        var links = await db.ConversationLinks.AsNoTracking().Where(l => l.ChannelId == channelId && l.UserId == userId)
            .OrderBy(l => l.FirstSeenAt).Select(l => new { l.ConversationKey, l.FirstSeenAt }).ToListAsync(cancellationToken);
        // A subscriber who never wrote (imported) has no conversation link: the broadcasts they got are in their subscriber's conversation.
        if (subscriber is not null && StateKeys.ConversationKey(channelId, subscriber.ConversationId) is var subscribed && links.All(l => l.ConversationKey != subscribed))
            links.Add(new { ConversationKey = subscribed, FirstSeenAt = subscriber.CreatedAt });
        var keysOfConversations = links.Select(l => l.ConversationKey).ToList();
        var inbound = await db.Inbox.AsNoTracking().Where(e => keysOfConversations.Contains(e.ConversationKey))
            .Select(e => new { e.ConversationKey, e.Id, At = e.ReceivedAt, e.Payload }).ToListAsync(cancellationToken);
        var outbound = await db.Outbox.AsNoTracking().Where(e => keysOfConversations.Contains(e.ConversationKey))
            .Select(e => new { e.ConversationKey, e.Id, At = e.CreatedAt, e.Payload }).ToListAsync(cancellationToken);
        var stateKeys = keysOfConversations.Append(userKey).ToList();
        var states = await db.States.AsNoTracking().Where(s => stateKeys.Contains(s.Key)).ToListAsync(cancellationToken);
        var subscriberId = subscriber?.Id ?? -1;

        var conversations = links.Select(link => new CustomerData.Conversation(link.ConversationKey, link.FirstSeenAt,
            [.. inbound.Where(m => m.ConversationKey == link.ConversationKey).Select(m => Message("in", m.At, m.Payload))
                .Concat(outbound.Where(m => m.ConversationKey == link.ConversationKey).Select(m => Message("out", m.At, m.Payload)))
                .OrderBy(m => m.At)])).ToList();
        return new CustomerData(channelId, userId, customer, time.GetUtcNow(), conversations,
            [.. states.Select(s => new CustomerData.StateDocument(s.Key, s.UpdatedAt, Json(s.Data)))],
            [.. (await db.AttributionAnswers.AsNoTracking().Where(a => a.CustomerKey == customer).ToListAsync(cancellationToken)).Select(AttributionAnswerView.Of)],
            await db.Arrivals.AsNoTracking().Where(a => a.CustomerKey == customer).OrderBy(a => a.Id)
                .Select(a => new CustomerData.Arrival(a.Kind, a.Code, a.Source, a.ShareChannel, a.Campaign, a.Medium, a.SeenAt)).ToListAsync(cancellationToken),
            await db.Sentiments.AsNoTracking().Where(s => s.CustomerKey == customer).OrderBy(s => s.Id)
                .Select(s => new CustomerData.MessageSentiment(s.At, s.Compound, s.Label, s.Language)).ToListAsync(cancellationToken),
            await db.Contacts.AsNoTracking().Where(c => c.ChannelId == channelId && c.UserId == userId)
                .Select(c => new CustomerData.ContactDetails(c.DisplayName, c.WaId, c.Bsuid, c.OptedOutAt, c.LastInboundAt)).FirstOrDefaultAsync(cancellationToken),
            subscriber is null ? null : new CustomerData.SubscriberDetails(subscriber.DisplayName, subscriber.Language, subscriber.TimeZone,
                subscriber.Tags, subscriber.CreatedAt, subscriber.LastSeenAt),
            [.. (await db.Subscriptions.AsNoTracking().Where(s => s.SubscriberId == subscriberId).OrderBy(s => s.Id).ToListAsync(cancellationToken))
                .Select(s => new CustomerData.SubscriptionDetails(s.Topic, Name(s.Purpose), s.Status.ToString().ToLowerInvariant(), s.CreatedAt, s.EndedAt, s.EndReason))],
            [.. (await db.Consents.AsNoTracking().Where(c => c.SubscriberId == subscriberId).OrderBy(c => c.Id).ToListAsync(cancellationToken))
                .Select(c => new CustomerData.ConsentDecision(c.Topic, Name(c.Purpose), c.Granted, c.WordingVersion, c.Wording, c.Source.ToString().ToLowerInvariant(), c.RecordedAt))],
            await db.Handoffs.AsNoTracking().Where(h => keysOfConversations.Contains(h.ConversationKey)).OrderBy(h => h.Id)
                .Select(h => new CustomerData.HandoffRecord(h.ConversationKey, h.Reason, h.Intent, h.BookingReference, h.Note, h.OpenedAt, h.ClosedAt, h.ClosedBy))
                .ToListAsync(cancellationToken),
            [.. (await db.BagReports.AsNoTracking().Where(r => keysOfConversations.Contains(r.ConversationKey!)).OrderBy(r => r.Id).ToListAsync(cancellationToken))
                .Select(r => new CustomerData.BagReportRecord(r.Reference, r.Damaged, r.Description, r.ContactPhone, BagEvidence.Read(r.Attachments),
                    r.CreatedAt, r.HandledAt))]);
    }

    private static string Name(ConsentPurpose purpose) => purpose.ToString().ToLowerInvariant();

    private static CustomerData.Message Message(string direction, DateTimeOffset at, byte[] payload)
    {
        var activity = TryRead(payload);
        return new CustomerData.Message(direction, at, activity?.Type, activity?.Text);
    }

    private static Activity? TryRead(byte[] payload)
    {
        try { return JsonSerializer.Deserialize(payload, ActivityJson.Default.Activity); }
        catch (JsonException) { return null; }
    }

    private static JsonElement Json(byte[] data)
    {
        try { return JsonSerializer.Deserialize<JsonElement>(data); }
        catch (JsonException) { return default; }
    }
}
