using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Handoff;

/// <summary>
/// Why <see cref="HandoffDialog"/> starts, and the customer's words when they already explained (a long complaint; the
/// dialog keeps the first 1,000 characters).
/// <paramref name="Requested"/>: the customer asked for the colleague themselves when offered one ("can I get a refund" at "a
/// colleague can rebook you, shall I connect you?"), so the offer is not made again. <paramref name="Offer"/>: the offer to make
/// instead of the reason's own (after the pet rules: a colleague books the pet's place).
/// </summary>
internal sealed record HandoffOptions(HandoffReason Reason, string? Note = null, bool Requested = false, LocalizedText? Offer = null);
