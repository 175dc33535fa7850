using DarkSocialBot.Core.Activities;
using DarkSocialBot.Core.State;

namespace DarkSocialBot.Core.Turns;

/// <summary>
/// One turn: the inbound activity, its conversation and user state, and the replies it produces. Replies are
/// buffered and leave only after the turn's state is saved, so a failed or conflicting turn sends nothing.
/// </summary>
public sealed class TurnContext(Activity activity, StateBag conversationState, StateBag userState, TimeProvider time)
{
    public const string EmulatorChannelId = "emulator";
    private readonly List<Activity> _responses = [];
    private readonly Dictionary<Type, object> _services = [];
    private List<object>? _records;

    public Activity Activity { get; } = activity;
    public StateBag ConversationState { get; } = conversationState;
    public StateBag UserState { get; } = userState;
    public TimeProvider Time { get; } = time;

    /// <summary>The customer's language for this turn (BCP-47); middleware may refine it from state or the text.</summary>
    public string Locale { get; set; } = string.IsNullOrWhiteSpace(activity.Locale) ? "en-US" : activity.Locale;

    public IReadOnlyList<Activity> Responses => _responses;

    /// <summary>The answer to an <c>invoke</c> activity, when the bot handled it.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>
    /// Queues a reply; routing fields missing on it are filled from the inbound activity. A <c>trace</c> activity
    /// is kept only on the Emulator channel (debug output no real channel should receive).
    /// </summary>
    public Activity Send(Activity reply)
    {
        var template = Activity.CreateReply();
        reply.Type ??= ActivityTypes.Message;
        reply.ServiceUrl ??= template.ServiceUrl;
        reply.ChannelId ??= template.ChannelId;
        reply.From ??= template.From;
        reply.Recipient ??= template.Recipient;
        reply.Conversation ??= template.Conversation;
        reply.Locale ??= Locale;
        if (reply.ReplyToId is null && Activity.IsType(ActivityTypes.Message)) reply.ReplyToId = Activity.Id;
        if (reply.IsType(ActivityTypes.Trace) && !string.Equals(reply.ChannelId, EmulatorChannelId, StringComparison.OrdinalIgnoreCase))
            return reply;
        _responses.Add(reply);
        return reply;
    }

    public Activity Send(string text) => Send(new Activity { Type = ActivityTypes.Message, Text = text });

    /// <summary>
    /// Rows kept about this turn (a message's sentiment score, say), saved by the conversation store together with the
    /// turn's state and replies, in one transaction, and only if the turn is saved. What a record is, the store decides
    /// (the in-memory store keeps none).
    /// </summary>
    public IReadOnlyList<object> Records => _records ?? [];

    public void Record(object record) => (_records ??= []).Add(record);

    /// <summary>Drops queued replies (for example when a turn fails and only an apology should go out).</summary>
    public void ClearResponses() => _responses.Clear();

    /// <summary>Turn-scoped values shared between middleware and the bot, by type.</summary>
    public void Set<T>(T value) where T : class => _services[typeof(T)] = value;

    public T? Get<T>() where T : class => _services.TryGetValue(typeof(T), out var value) ? (T)value : null;
}
