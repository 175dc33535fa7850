using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Texts;

/// <summary>Short, kind answers to "why do you need my name?" at a question (<see cref="Interruptions.WhyAsked"/>); the question follows.</summary>
internal sealed class WhyTexts
{
    public LocalizedText Name { get; } = new();
    public LocalizedText Reference { get; } = new();
    public LocalizedText Seat { get; } = new();
    public LocalizedText Flight { get; } = new();
    public LocalizedText Date { get; } = new();
    public LocalizedText Other { get; } = new();
}
