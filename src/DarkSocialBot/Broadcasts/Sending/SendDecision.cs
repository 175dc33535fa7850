using DarkSocialBot.Core.Activities;

namespace DarkSocialBot.Broadcasts.Sending;

/// <summary>What the send-time checks decided for one delivery.</summary>
internal sealed record SendDecision(long DeliveryId, SendAction Action, string? Reason = null, DateTimeOffset? DeferUntil = null, Activity? Activity = null)
{
    public static SendDecision Dispatch(long id) => new(id, SendAction.Dispatch);
    public static SendDecision Skip(long id, string reason) => new(id, SendAction.Skip, reason);
    public static SendDecision Defer(long id, DateTimeOffset until, string reason) => new(id, SendAction.Defer, reason, until);
}

internal enum SendAction
{
    Dispatch,
    Skip,
    Defer,
}
