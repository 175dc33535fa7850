using System.Text.Json;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.Sentiment;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

using static DarkSocialBot.Handoffs.HandoffEndpoints;

namespace DarkSocialBot.Handoffs;

/// <summary>
/// A handed-off conversation as agents read it: the customer's messages (from the inbox) and what was sent to them (bot and
/// agent messages, from the outbox), in order, with their edits and reactions; and a summary: why, what the customer asked for, their booking, their last
/// messages.
/// </summary>
internal static class HandoffTranscript
{
    private const int MaxEntries = 500;
    private const int LastMessages = 5;

    public static async Task<IReadOnlyList<TranscriptEntry>> ReadAsync(BotDbContext db, string conversationKey, CancellationToken cancellationToken)
    {
        var inbound = await db.Inbox.AsNoTracking().Where(e => e.ConversationKey == conversationKey)
            .OrderByDescending(e => e.Id).Take(MaxEntries).Select(e => new { e.ReceivedAt, e.Payload }).ToListAsync(cancellationToken);
        var outbound = await db.Outbox.AsNoTracking().Where(e => e.ConversationKey == conversationKey)
            .OrderByDescending(e => e.Id).Take(MaxEntries).Select(e => new { e.CreatedAt, e.Payload, e.Status }).ToListAsync(cancellationToken);
        var entries = new List<(DateTimeOffset At, int Order, TranscriptEntry Entry)>();
        // Read newest first (to keep the last ones), listed oldest first: equal times keep their order of writing.
        inbound.Reverse();
        outbound.Reverse();
        foreach (var row in inbound)
        {
            if (Read(row.Payload) is not { } activity || CustomerText(activity) is not { } text) continue;
            entries.Add((row.ReceivedAt, 0, new TranscriptEntry(row.ReceivedAt, "customer", text.Length == 0 ? null : text, Describe(activity), null)));
        }
        foreach (var row in outbound)
        {
            if (Read(row.Payload) is not { } activity) continue;
            var from = IsFromAgent(activity) ? "agent" : "bot";
            entries.Add((row.CreatedAt, 1, new TranscriptEntry(row.CreatedAt, from, activity.Text, Describe(activity), row.Status.ToString())));
        }
        return [.. entries.OrderBy(e => e.At).ThenBy(e => e.Order).Select(e => e.Entry)];
    }

    /// <summary>The summary; the sentiment is the mean compound score (-1..1) of the customer's last messages and its label.</summary>
    public static HandoffSummary Summarize(Handoff handoff, IReadOnlyList<TranscriptEntry> transcript)
    {
        var last = transcript.Where(e => e.From == "customer" && !string.IsNullOrWhiteSpace(e.Text)).TakeLast(LastMessages).Select(e => e.Text!).ToList();
        double? sentiment = last.Count == 0 ? null
            : Math.Round(last.Average(text => SentimentAnalyzer.Default.Analyze(text, handoff.Locale).Compound), 2);
        return new HandoffSummary(handoff.Reason, handoff.Intent, handoff.BookingReference, handoff.Note, last,
            transcript.Count(e => e.From == "customer" && e.At >= handoff.OpenedAt),
            sentiment, sentiment is { } score ? SentimentScore.LabelOf(score).ToString().ToLowerInvariant() : null);
    }

    /// <summary>Whether an outgoing message was written by a person (the admin API marks it so), not by the bot.</summary>
    public static bool IsFromAgent(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("agent", out var agent)
        && agent.ValueKind == JsonValueKind.True;

    public static Activity? Read(byte[] payload)
    {
        try { return JsonSerializer.Deserialize(payload, ActivityJson.Default.Activity); }
        catch (JsonException) { return null; }
    }

    /// <summary>A message's text ("" for none); an edit or a reaction (stored, never answered) as the agent should read it; null for other activities.</summary>
    private static string? CustomerText(Activity activity) =>
        activity.IsType(ActivityTypes.Message) ? activity.Text ?? ""
        : activity.IsType(ActivityTypes.MessageUpdate) ? $"(edited) {activity.Text}"
        : activity.IsType(ActivityTypes.MessageDelete) ? "(deleted a message)"
        : activity.IsType(ActivityTypes.MessageReaction) && activity.ReactionsAdded is [{ Type: { Length: > 0 } emoji }, ..] ? $"(reacted {emoji})"
        : null;

    private static IReadOnlyList<string>? Describe(Activity activity) =>
        activity.Attachments is { Count: > 0 } attachments ? [.. attachments.Select(a => a.ContentUrl ?? a.ContentType ?? "attachment")] : null;
}
