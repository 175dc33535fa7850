using DarkSocialBot.Core.Activities;

namespace DarkSocialBot.Core.State;

/// <summary>
/// The one storage port of the core. Load returns state with versions; a commit saves changed state, records the
/// inbound activity as handled and queues the replies, all or nothing, and only if no other turn saved in between.
/// </summary>
public interface IConversationStore
{
    ValueTask<TurnSnapshot> LoadAsync(StateKeys keys, CancellationToken cancellationToken);

    /// <returns>false when a version no longer matches (another turn won); nothing was written.</returns>
    ValueTask<bool> TryCommitAsync(TurnCommit commit, CancellationToken cancellationToken);
}

public sealed record TurnSnapshot(StateDocument Conversation, StateDocument User);

/// <summary>
/// What one turn writes. <c>null</c> state means unchanged; a written document must still be at its loaded version.
/// <paramref name="Records"/> are the turn's other rows (<see cref="Turns.TurnContext.Records"/>), saved with it.
/// </summary>
public sealed record TurnCommit(
    Activity Inbound,
    StateKeys Keys,
    TurnSnapshot Loaded,
    byte[]? Conversation,
    byte[]? User,
    IReadOnlyList<Activity> Outgoing,
    IReadOnlyList<object>? Records = null);
