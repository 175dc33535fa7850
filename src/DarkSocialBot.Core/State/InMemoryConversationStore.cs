using DarkSocialBot.Core.Activities;

namespace DarkSocialBot.Core.State;

/// <summary>The state port in memory, with the same version rules as the database store. For tests and tools.</summary>
public sealed class InMemoryConversationStore : IConversationStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StateDocument> _documents = new(StringComparer.Ordinal);
    private readonly List<Activity> _sent = [];

    public IReadOnlyList<Activity> Sent { get { lock (_gate) return [.. _sent]; } }

    public ValueTask<TurnSnapshot> LoadAsync(StateKeys keys, CancellationToken cancellationToken)
    {
        lock (_gate) return ValueTask.FromResult(new TurnSnapshot(Find(keys.Conversation), Find(keys.User)));
    }

    public ValueTask<bool> TryCommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // Like the database store: a written document must still be at the version the turn loaded.
            if ((commit.Conversation is not null && Find(commit.Keys.Conversation).Version != commit.Loaded.Conversation.Version)
                || (commit.User is not null && Find(commit.Keys.User).Version != commit.Loaded.User.Version))
                return ValueTask.FromResult(false);
            if (commit.Conversation is not null) _documents[commit.Keys.Conversation] = new(commit.Conversation, commit.Loaded.Conversation.Version + 1);
            if (commit.User is not null) _documents[commit.Keys.User] = new(commit.User, commit.Loaded.User.Version + 1);
            _sent.AddRange(commit.Outgoing);
            return ValueTask.FromResult(true);
        }
    }

    public StateDocument Find(string key) => _documents.GetValueOrDefault(key, StateDocument.Empty);
}
