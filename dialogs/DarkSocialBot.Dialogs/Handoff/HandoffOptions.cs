namespace DarkSocialBot.Dialogs.Handoff;

/// <summary>Why <see cref="HandoffDialog"/> starts, and the customer's words when they already explained (a long complaint).</summary>
internal sealed record HandoffOptions(HandoffReason Reason, string? Note = null);
