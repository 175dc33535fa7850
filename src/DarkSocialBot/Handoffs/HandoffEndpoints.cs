using DarkSocialBot.Http;
using System.Text.Json;
using DarkSocialBot.Contacts;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Dialogs.Texts;
using DarkSocialBot.Outbox;
using DarkSocialBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace DarkSocialBot.Handoffs;

/// <summary>
/// The agents' side of handoffs, under the admin API: list them (open by default), read one with its transcript and summary,
/// answer the customer (delivered through their channel, marked as from a person), and close it (the bot answers again and
/// tells the customer so, in their language).
/// </summary>
public static class HandoffEndpoints
{
    private const int MaxMessageLength = 4000;
    private const int MaxAgentNameLength = 100;

    public static RouteGroupBuilder MapHandoffs(this RouteGroupBuilder admin)
    {
        var handoffs = admin.MapGroup("/handoffs");
        handoffs.MapGet("/", ListAsync);
        handoffs.MapGet("/{id:long}", ReadAsync);
        handoffs.MapPost("/{id:long}/messages", ReplyAsync);
        handoffs.MapPost("/{id:long}/close", CloseAsync);
        handoffs.MapGet("/{id:long}/media", HandoffMedia.OpenAsync);
        return admin;
    }

    /// <summary>The most handoffs one list returns; the X-Total-Count header tells how many there are in all.</summary>
    public const int MaxListed = 500;

    /// <summary>
    /// Open handoffs in queue order (the longest waiting first); closed ones, and all, the most recent first: an agent looking
    /// back wants today's, not the first ever. X-Total-Count says how many match when there are more than listed.
    /// </summary>
    private static async Task<IResult> ListAsync(string? status, BotDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var query = db.Handoffs.AsNoTracking();
        query = status switch
        {
            null or "" or "open" => query.Where(h => h.ClosedAt == null),
            "closed" => query.Where(h => h.ClosedAt != null),
            "all" => query,
            _ => null!,
        };
        if (query is null) return ApiProblem.Of(StatusCodes.Status400BadRequest, "status_invalid", "status is open, closed or all.");
        var ordered = status switch
        {
            "closed" => query.OrderByDescending(h => h.ClosedAt).ThenByDescending(h => h.Id),
            "all" => query.OrderByDescending(h => h.OpenedAt).ThenByDescending(h => h.Id),
            _ => query.OrderBy(h => h.OpenedAt).ThenBy(h => h.Id),
        };
        var rows = await ordered.Take(MaxListed).ToListAsync(cancellationToken);
        var total = rows.Count < MaxListed ? rows.Count : await query.CountAsync(cancellationToken);
        response.Headers["X-Total-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Ok(rows.Select(Item));
    }

    private static async Task<IResult> ReadAsync(long id, BotDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Handoffs.AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, cancellationToken) is not { } handoff) return NotFound(id);
        var transcript = await HandoffTranscript.ReadAsync(db, handoff.ConversationKey, cancellationToken);
        return Results.Ok(new HandoffDetail(Item(handoff), HandoffTranscript.Summarize(handoff, transcript), transcript));
    }

    private static async Task<IResult> ReplyAsync(long id, AgentMessage? body, BotDbContext db, ProactiveMessenger messenger,
        ContactStore contacts, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body?.Text) || body.Text.Length > MaxMessageLength)
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "text_length", $"Send a text of 1 to {MaxMessageLength} characters.", new { max = MaxMessageLength });
        if (body.AgentName is { Length: > MaxAgentNameLength })
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "agent_name_too_long", $"agentName has at most {MaxAgentNameLength} characters.", new { max = MaxAgentNameLength });
        if (await db.Handoffs.AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, cancellationToken) is not { } handoff) return NotFound(id);
        var reference = Reference(handoff);
        // The sender would refuse it anyway: tell the agent now rather than "sent" and a silent failure. (STOP also closes
        // the handoff, so this reason comes first.)
        if (await contacts.IsOptedOutAsync(handoff.ChannelId, reference.Recipient?.Id, cancellationToken))
            return ApiProblem.Of(StatusCodes.Status409Conflict, "customer_opted_out",
                "The customer said STOP on this channel: nothing can be sent to them unless they write START.");
        if (handoff.ClosedAt is not null)
            return ApiProblem.Of(StatusCodes.Status409Conflict, "handoff_closed", "This handoff is closed: the bot answers this conversation again.");
        var message = new Activity
        {
            Type = ActivityTypes.Message, Text = body.Text.Trim(), Locale = handoff.Locale,
            // Marked as a person's message ("humanAgent" is what the Messenger sender reads to use the HUMAN_AGENT tag).
            ChannelData = JsonSerializer.SerializeToElement(new { agent = true, humanAgent = true, agentName = body.AgentName }),
        };
        var outboxId = await messenger.SendAsync(reference, message, cancellationToken);
        return Results.Accepted(value: new AgentMessageQueued(outboxId));
    }

    private static async Task<IResult> CloseAsync(long id, BotDbContext db, HandoffDesk desk, ProactiveMessenger messenger, BrandTexts texts,
        CancellationToken cancellationToken)
    {
        if (await db.Handoffs.AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, cancellationToken) is not { } handoff) return NotFound(id);
        if (await desk.CloseAsync(id, "agent", cancellationToken))
        {
            var notice = new Activity { Type = ActivityTypes.Message, Text = texts.Handoff.Closed.Get(handoff.Locale), Locale = handoff.Locale };
            await messenger.SendAsync(Reference(handoff), notice, cancellationToken);
        }
        var closed = await db.Handoffs.AsNoTracking().FirstAsync(h => h.Id == id, cancellationToken);
        return Results.Ok(Item(closed));
    }

    private static Activity Reference(Handoff handoff) => JsonSerializer.Deserialize(handoff.ConversationReference, ActivityJson.Default.Activity)!;

    private static IResult NotFound(long id) => ApiProblem.Of(StatusCodes.Status404NotFound, "handoff_not_found", $"No handoff {id}.", new { id });

    private static HandoffItem Item(Handoff h) =>
        new(h.Id, h.ConversationKey, h.ChannelId, h.Reason, h.Intent, h.BookingReference, h.Locale, h.OpenedAt, h.ClosedAt, h.ClosedBy);

    public sealed record HandoffItem(long Id, string ConversationKey, string ChannelId, string Reason, string? Intent, string? BookingReference,
        string Locale, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, string? ClosedBy);

    public sealed record HandoffDetail(HandoffItem Handoff, HandoffSummary Summary, IReadOnlyList<TranscriptEntry> Transcript);

    /// <summary>One line of a transcript: when, from whom ("customer", "bot", "agent"), the text, attachments, delivery status of outgoing ones.</summary>
    public sealed record TranscriptEntry(DateTimeOffset At, string From, string? Text, IReadOnlyList<string>? Attachments, string? Delivery);

    /// <summary>What an agent reads first: why the customer is here, what they wanted, their booking, their last words and their mood.</summary>
    public sealed record HandoffSummary(string Reason, string? Intent, string? BookingReference, string? Note, IReadOnlyList<string> LastMessages,
        int MessagesSinceHandoff, double? Sentiment, string? Mood);

    public sealed record AgentMessage(string? Text, string? AgentName);

    public sealed record AgentMessageQueued(long OutboxId);
}
