using DarkSocialBot.Dialogs.Flows;

namespace DarkSocialBot.Dialogs.Airline;

/// <summary>
/// A lost, delayed or damaged bag: whose, what it looks like, how to reach the passenger, the photos or documents they sent,
/// and the conversation it was reported in (so the customer's data export and erasure find it).
/// </summary>
internal sealed record LostBagRequest(BookingKey Booking, string Description, string ContactPhone, IReadOnlyList<EvidenceItem>? Evidence = null,
    bool Damaged = false, string? ConversationKey = null);

/// <summary>The file opened for a lost bag: its reference, to quote in every follow-up.</summary>
internal sealed record LostBagReport(string Reference);
