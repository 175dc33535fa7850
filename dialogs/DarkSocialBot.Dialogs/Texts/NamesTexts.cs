using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Texts;

/// <summary>Names of cabins, fares, seat positions and requests, used inside other texts.</summary>
internal sealed class NamesTexts
{
    public LocalizedText Economy { get; } = new();
    public LocalizedText Business { get; } = new();
    public LocalizedText Light { get; } = new();
    public LocalizedText Standard { get; } = new();
    public LocalizedText Flex { get; } = new();
    public LocalizedText Window { get; } = new();
    public LocalizedText Aisle { get; } = new();
    public LocalizedText FlightStatus { get; } = new();
    public LocalizedText Booking { get; } = new();
    public LocalizedText SeatChange { get; } = new();
    public LocalizedText CheckIn { get; } = new();
    public LocalizedText Baggage { get; } = new();
    public LocalizedText LostBag { get; } = new();
    public LocalizedText TravelInfo { get; } = new();
}
