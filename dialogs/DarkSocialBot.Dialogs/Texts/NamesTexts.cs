using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Texts;

/// <summary>Names of cabins, fares and seat positions, used inside other texts.</summary>
internal sealed class NamesTexts
{
    public LocalizedText Economy { get; } = new();
    public LocalizedText Business { get; } = new();
    public LocalizedText Light { get; } = new();
    public LocalizedText Standard { get; } = new();
    public LocalizedText Flex { get; } = new();
    public LocalizedText Window { get; } = new();
    public LocalizedText Aisle { get; } = new();
}
