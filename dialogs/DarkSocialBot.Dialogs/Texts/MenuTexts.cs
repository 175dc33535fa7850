using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Texts;

/// <summary>Titles of the options the bot offers.</summary>
internal sealed class MenuTexts
{
    public LocalizedText FlightStatus { get; } = new();
    public LocalizedText Booking { get; } = new();
    public LocalizedText Seat { get; } = new();
    public LocalizedText CheckIn { get; } = new();
    public LocalizedText Baggage { get; } = new();
    public LocalizedText Agent { get; } = new();
    public LocalizedText Done { get; } = new();
    public LocalizedText Window { get; } = new();
    public LocalizedText Aisle { get; } = new();
    public LocalizedText AnySeat { get; } = new();
    public LocalizedText Allowance { get; } = new();
    public LocalizedText LostBag { get; } = new();
}
