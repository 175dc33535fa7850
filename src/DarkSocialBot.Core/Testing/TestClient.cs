using System.Text;
using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.State;
using DarkSocialBot.Core.Turns;
using Microsoft.Extensions.Logging.Abstractions;

namespace DarkSocialBot.Core.Testing;

/// <summary>
/// Talks to a bot the way a channel would, through the real turn runner and the versioned state port, and lets a
/// test assert the replies in order:
/// <code>
/// var client = new TestClient(bot);
/// await client.SendAsync("hi");
/// client.AssertReply("Hello!");
/// await client.TranscriptAsync("""
///     user: where is my bag?
///     bot~ baggage
///     """);
/// </code>
/// </summary>
public sealed class TestClient
{
    private readonly TurnRunner _runner;
    private readonly Queue<Activity> _pending = new();
    private readonly StringBuilder _log = new();
    private int _sequence;

    public TestClient(IBot bot, IEnumerable<IMiddleware>? middleware = null, TimeProvider? time = null,
        IConversationStore? store = null, string channelId = "test", string locale = "en-US")
    {
        Store = store ?? new InMemoryConversationStore();
        Time = time ?? TimeProvider.System;
        _runner = new TurnRunner(Store, bot, middleware ?? [], Time, NullLogger<TurnRunner>.Instance);
        ChannelId = channelId;
        Locale = locale;
    }

    public IConversationStore Store { get; }
    public TimeProvider Time { get; }
    public string ChannelId { get; }
    public string Locale { get; set; }
    public string ConversationId { get; init; } = "conversation-1";
    public string UserId { get; init; } = "user-1";
    public string UserName { get; init; } = "Ana";
    public string BotId { get; init; } = "bot";

    /// <summary>Every exchange so far, one line each (shown in assertion failures).</summary>
    public string Log => _log.ToString();

    /// <summary>The result of the last turn (invoke responses, attempts, whether it failed).</summary>
    public TurnResult? LastResult { get; private set; }

    public Activity CreateMessage(string text) => Stamp(new Activity { Type = ActivityTypes.Message, Text = text });

    public Task<IReadOnlyList<Activity>> SendAsync(string text, CancellationToken cancellationToken = default) =>
        SendAsync(CreateMessage(text), cancellationToken);

    /// <summary>Sends the conversationUpdate a channel sends when the customer opens the chat.</summary>
    public Task<IReadOnlyList<Activity>> StartConversationAsync(CancellationToken cancellationToken = default) =>
        SendAsync(Stamp(new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            MembersAdded = [new ChannelAccount { Id = UserId, Name = UserName }, new ChannelAccount { Id = BotId }],
        }), cancellationToken);

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        AssertNoMoreReplies();
        Stamp(activity);
        _log.Append("user: ").AppendLine(activity.Text ?? $"[{activity.Type}]");
        LastResult = await _runner.RunAsync(activity, cancellationToken);
        foreach (var reply in LastResult.Responses)
        {
            _pending.Enqueue(reply);
            _log.Append("bot: ").AppendLine(Describe(reply));
        }
        return LastResult.Responses;
    }

    /// <summary>Takes the next reply, failing when there is none.</summary>
    public Activity NextReply() =>
        _pending.TryDequeue(out var reply) ? reply : throw Fail("expected another reply, but the bot said nothing more");

    public Activity AssertReply(string expectedText)
    {
        var reply = NextReply();
        if (!string.Equals(Normalize(reply.Text), Normalize(expectedText), StringComparison.Ordinal))
            throw Fail($"expected the reply \"{expectedText}\" but got \"{reply.Text}\"");
        return reply;
    }

    public Activity AssertReplyContains(string fragment)
    {
        var reply = NextReply();
        if (reply.Text is null || !reply.Text.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            throw Fail($"expected a reply containing \"{fragment}\" but got \"{reply.Text}\"");
        return reply;
    }

    public Activity AssertReply(Func<Activity, bool> predicate, string description)
    {
        var reply = NextReply();
        if (!predicate(reply)) throw Fail($"expected a reply that {description} but got \"{Describe(reply)}\"");
        return reply;
    }

    public void AssertNoMoreReplies()
    {
        if (_pending.Count > 0) throw Fail($"did not expect more replies, but {_pending.Count} were left, starting with \"{Describe(_pending.Peek())}\"");
    }

    /// <summary>
    /// Plays a transcript. Lines: <c>user: text</c> sends; <c>bot: text</c> expects that exact reply;
    /// <c>bot~ text</c> expects a reply containing it; <c>choices: A | B</c> expects the last reply to offer those
    /// choices. Blank lines and lines starting with <c>#</c> are ignored. Unread replies fail the next send.
    /// </summary>
    public async Task TranscriptAsync(string transcript, CancellationToken cancellationToken = default)
    {
        Activity? last = null;
        foreach (var raw in transcript.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith("user:", StringComparison.Ordinal)) await SendAsync(line[5..].Trim(), cancellationToken);
            else if (line.StartsWith("bot:", StringComparison.Ordinal)) last = AssertReply(line[4..].Trim());
            else if (line.StartsWith("bot~", StringComparison.Ordinal)) last = AssertReplyContains(line[4..].Trim());
            else if (line.StartsWith("choices:", StringComparison.Ordinal)) AssertChoices(last, line[8..].Split('|', StringSplitOptions.TrimEntries));
            else throw new ArgumentException($"Transcript line not understood: {line}", nameof(transcript));
        }
        AssertNoMoreReplies();
    }

    private void AssertChoices(Activity? reply, string[] expected)
    {
        var actual = reply?.SuggestedActions?.Actions.Select(a => a.Title ?? a.Value ?? "").ToArray() ?? [];
        if (!actual.SequenceEqual(expected, StringComparer.Ordinal))
            throw Fail($"expected the choices [{string.Join(" | ", expected)}] but got [{string.Join(" | ", actual)}]");
    }

    private Activity Stamp(Activity activity)
    {
        activity.Id ??= $"activity-{++_sequence}";
        activity.ChannelId ??= ChannelId;
        activity.ServiceUrl ??= "https://test.invalid/";
        activity.Timestamp ??= Time.GetUtcNow();
        activity.Locale ??= Locale;
        activity.From ??= new ChannelAccount { Id = UserId, Name = UserName };
        activity.Recipient ??= new ChannelAccount { Id = BotId, Name = "Bot" };
        activity.Conversation ??= new ConversationAccount { Id = ConversationId };
        return activity;
    }

    private static string Describe(Activity reply)
    {
        var text = reply.Text ?? $"[{reply.Type}]";
        var choices = reply.SuggestedActions?.Actions.Select(a => a.Title).ToArray();
        return choices is { Length: > 0 } ? $"{text} [{string.Join(" | ", choices)}]" : text;
    }

    private static string? Normalize(string? text) => text?.ReplaceLineEndings("\n").Trim();

    private TranscriptAssertionException Fail(string what) => new($"Transcript: {what}.\nConversation so far:\n{_log}");
}
