namespace DarkSocialBot.Dialogs.Handoff;

/// <summary>
/// Where conversations go when a human takes over (the host keeps them in its database and gives agents an admin API).
/// Opening twice for one conversation returns the handoff already open.
/// </summary>
internal interface IHandoffDesk
{
    Task<HandoffTicket> OpenAsync(HandoffRequest request, CancellationToken cancellationToken);

    Task<bool> IsOpenAsync(string conversationKey, CancellationToken cancellationToken);
}
