using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Texts;

/// <summary>Check-in and boarding pass.</summary>
internal sealed class CheckInTexts
{
    public LocalizedText Confirm { get; } = new();
    public LocalizedText Done { get; } = new();
    public LocalizedText Already { get; } = new();
    public LocalizedText CardTitle { get; } = new();
    public LocalizedText CardSubtitle { get; } = new();
    public LocalizedText OpenButton { get; } = new();
    public LocalizedText Link { get; } = new();
    public LocalizedText NotOpen { get; } = new();
    public LocalizedText Closed { get; } = new();
    public LocalizedText NotPossible { get; } = new();
    public LocalizedText Kept { get; } = new();
}
