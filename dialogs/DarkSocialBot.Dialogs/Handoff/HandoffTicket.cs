namespace DarkSocialBot.Dialogs.Handoff;

/// <summary>What the customer is told after a handoff: whether the team is working now, the expected wait and the team's daily hours (in the
/// team's time zone, named by the <c>handoff.zone</c> text).</summary>
internal sealed record HandoffTicket(long Id, bool TeamAvailable, int ExpectedWaitMinutes, TimeOnly Opens, TimeOnly Closes);
