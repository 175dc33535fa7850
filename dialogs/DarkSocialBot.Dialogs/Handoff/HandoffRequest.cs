using DarkSocialBot.Core.Activities;

namespace DarkSocialBot.Dialogs.Handoff;

/// <summary>
/// A conversation to hand over: the customer's message that led to it (its channel, conversation and sender are where agent
/// replies go), why, in which language, and what the bot knows for the agent's summary. <see cref="Note"/> is the
/// customer's own words (a complaint): it goes to agents only, never to logs.
/// </summary>
internal sealed record HandoffRequest(
    Activity Inbound,
    HandoffReason Reason,
    string Locale,
    string? Intent,
    string? BookingReference,
    string? Note);

internal enum HandoffReason
{
    // Kept in conversation state as a number: a new reason goes at the end.

    /// <summary>The customer asked for a person.</summary>
    Agent,
    Complaint,

    /// <summary>A change, cancellation or refund the bot cannot do.</summary>
    Rebook,
    FlightCancelled,

    /// <summary>Pets, special assistance, meals, children flying alone: arranged by a colleague on the booking.</summary>
    Assistance,

    /// <summary>A question the bot cannot answer (no flow covers it), offered to a colleague.</summary>
    Question,

    /// <summary>The bot did not understand after several tries, and the customer accepted a person.</summary>
    GaveUp,

    /// <summary>A claim for compensation (EU 261) for a cancelled or long-delayed flight.</summary>
    Claim,

    /// <summary>Seating passengers together that the bot cannot move (another booking, a shared last name).</summary>
    Seating,
}
