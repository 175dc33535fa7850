using DarkSocialBot.Core.State;
using DarkSocialBot.Dialogs.Airline;

namespace DarkSocialBot.Dialogs.Flows;

/// <summary>
/// What the bot remembers about the customer in this conversation: the booking they opened (so the next request doesn't
/// ask again), the last thing they asked for (for the agent's summary) and whether they chose a language themselves.
/// </summary>
internal sealed class CustomerContext
{
    public static readonly StateProperty<CustomerContext> Property = new("customer", () => new CustomerContext());

    public string? BookingReference { get; set; }
    public string? LastName { get; set; }
    public string? LastIntent { get; set; }

    /// <summary>The flight whose status the bot last gave ("am I entitled to compensation?" next is about it).</summary>
    public string? LastFlightNumber { get; set; }
    public DateOnly? LastFlightDate { get; set; }

    /// <summary>
    /// The handoff opened in this conversation, while it may still be open: the host checks its table only then, so other
    /// turns cost nothing extra. Cleared when the host finds it closed.
    /// </summary>
    public long? HandoffId { get; set; }

    /// <summary>The customer asked for a language ("en français"): their words no longer switch it.</summary>
    public bool LanguageChosen { get; set; }

    /// <summary>Photos and documents sent during a bag report or a complaint, until it is filed or handed over (<see cref="Flows.Evidence"/>).</summary>
    public List<EvidenceItem>? Evidence { get; set; }

    /// <summary>The conversation had its welcome.</summary>
    public bool Welcomed { get; set; }

    public BookingKey? Booking => BookingReference is { } reference && LastName is { } name ? new BookingKey(reference, name) : null;

    public void Remember(BookingKey key) => (BookingReference, LastName) = (key.Reference, key.LastName);

    public void Forget() => (BookingReference, LastName) = (null, null);
}
