using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Texts;

/// <summary>
/// The airline's answers to common travel questions every fare shares: Wi-Fi, food on board, travel documents, when to be at
/// the airport, what passes security (food and liquids), travelling with a pet, flying with a baby, where to find fares and book a flight.
/// </summary>
internal sealed class TravelInfoTexts
{
    public LocalizedText Wifi { get; } = new();
    public LocalizedText Meals { get; } = new();
    public LocalizedText Documents { get; } = new();
    public LocalizedText AirportTime { get; } = new();

    /// <summary>When to be at the airport for the customer's own flight (<see cref="Flows.AirportTime"/>).</summary>
    public LocalizedText AirportTimeForFlight { get; } = new();

    /// <summary>After <see cref="AirportTimeForFlight"/> for a delayed flight: its new time, and why the times above still hold.</summary>
    public LocalizedText AirportTimeDelayed { get; } = new();
    public LocalizedText Security { get; } = new();
    public LocalizedText Pets { get; } = new();

    /// <summary>A pet's weight with its carrier told at the offer of a colleague: within the cabin limit, or over it (<see cref="Interruptions.PetWeight"/>).</summary>
    public LocalizedText PetWeightCabin { get; } = new();
    public LocalizedText PetWeightHold { get; } = new();

    /// <summary>Flying with a baby under 2: on the parent's lap, its ticket, baggage, bassinets.</summary>
    public LocalizedText Infants { get; } = new();

    /// <summary>Prices and new tickets ("how much is a flight to Montreal?"): where to find and book them.</summary>
    public LocalizedText Fares { get; } = new();
}
