using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Texts;

/// <summary>The engine's own texts (restart after a deploy, retries, the agent offer after too many tries).</summary>
internal sealed class EngineTexts
{
    public LocalizedText ConversationReset { get; } = new();
    public LocalizedText NotUnderstood { get; } = new();
    public LocalizedText NotText { get; } = new();
    public LocalizedText NotVoice { get; } = new();
    public LocalizedText NotReceived { get; } = new();
    public LocalizedText AgentOffer { get; } = new();
    public LocalizedText AgentChoice { get; } = new();
    public LocalizedText Yes { get; } = new();
    public LocalizedText No { get; } = new();
    public LocalizedText Apology { get; } = new();
}
