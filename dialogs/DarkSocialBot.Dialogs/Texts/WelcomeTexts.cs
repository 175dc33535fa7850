using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Texts;

/// <summary>Greeting, menu, help, small talk and the commands that work everywhere.</summary>
internal sealed class WelcomeTexts
{
    public LocalizedText Hello { get; } = new();
    public LocalizedText Greeting { get; } = new();

    /// <summary>A hello in the middle of a request ("hi", « vous êtes là ? »), often after a pause: the question is asked again.</summary>
    public LocalizedText WelcomeBack { get; } = new();
    public LocalizedText NotSure { get; } = new();

    /// <summary>A link sent alone (<see cref="Flows.SharedLink"/>): the bot cannot open it; its menu follows.</summary>
    public LocalizedText LinkShared { get; } = new();

    /// <summary>A message in a language the bot does not speak: it says which it speaks, in both, before the menu.</summary>
    public LocalizedText OtherLanguage { get; } = new();
    public LocalizedText MenuPrompt { get; } = new();
    public LocalizedText MenuRetry { get; } = new();

    /// <summary>A photo or document before any request: kept for a bag report that may follow (<see cref="Flows.Evidence"/>).</summary>
    public LocalizedText EvidenceKept { get; } = new();
    public LocalizedText AnythingElse { get; } = new();
    public LocalizedText YesToMore { get; } = new();
    public LocalizedText Goodbye { get; } = new();
    public LocalizedText Thanks { get; } = new();

    /// <summary>Goodbye said in the middle of a request ("thanks, bye" at the last-name question): the request stops there.</summary>
    public LocalizedText Leaving { get; } = new();
    public LocalizedText Help { get; } = new();
    public LocalizedText Cancelled { get; } = new();
    public LocalizedText SwitchedLanguage { get; } = new();
    public LocalizedText Switching { get; } = new();

    /// <summary>Several requests in one message: "{first}" is the one taken first (a <see cref="NamesTexts"/> request name).</summary>
    public LocalizedText Several { get; } = new();

    /// <summary>The next of those requests: "{next}".</summary>
    public LocalizedText NextRequest { get; } = new();
}
