using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Core.Dialogs;

/// <summary>The few texts the engine itself says; a brand replaces any of them (and adds languages) on its <see cref="DialogManager"/>.</summary>
public sealed class DialogMessages
{
    public LocalizedText ConversationReset { get; init; } = new()
    {
        ["en"] = "Sorry, we updated our assistant and I had to restart our conversation. Let's start again.",
        ["fr"] = "Désolé, notre assistant a été mis à jour et notre conversation a dû reprendre depuis le début. Recommençons.",
    };

    public LocalizedText NotUnderstood { get; init; } = new()
    {
        ["en"] = "Sorry, I didn't get that.",
        ["fr"] = "Désolé, je n'ai pas compris.",
    };

    public LocalizedText NotText { get; init; } = new()
    {
        ["en"] = "Thanks! I can only read text here.",
        ["fr"] = "Merci ! Je ne peux lire que du texte ici.",
    };

    /// <summary>Said instead of <see cref="NotText"/> to a voice note; a question, so it is followed by the prompt, not by another.</summary>
    public LocalizedText NotVoice { get; init; } = new()
    {
        ["en"] = "Sorry, I can't listen to voice messages, could you type it?",
        ["fr"] = "Désolé, je ne peux pas écouter les messages vocaux, pourriez-vous l'écrire ?",
    };

    /// <summary>Said instead of <see cref="NotText"/> to a message that did not come through; a question, like <see cref="NotVoice"/>.</summary>
    public LocalizedText NotReceived { get; init; } = new()
    {
        ["en"] = "Sorry, your message didn't come through, could you send it again?",
        ["fr"] = "Désolé, votre message ne m'est pas parvenu, pourriez-vous le renvoyer ?",
    };

    public LocalizedText AgentOffer { get; init; } = new()
    {
        ["en"] = "I'm having trouble understanding, sorry. Would you like to talk to someone from our team?",
        ["fr"] = "J'ai du mal à comprendre, désolé. Voulez-vous parler à quelqu'un de notre équipe ?",
    };

    /// <summary>The option sent with <see cref="AgentOffer"/>; its value (<see cref="AgentChoiceValue"/>) comes back as a message.</summary>
    public LocalizedText AgentChoice { get; init; } = new() { ["en"] = "Talk to an agent", ["fr"] = "Parler à un conseiller" };

    public string AgentChoiceValue { get; init; } = "agent";

    public LocalizedText Yes { get; init; } = new() { ["en"] = "Yes", ["fr"] = "Oui" };

    public LocalizedText No { get; init; } = new() { ["en"] = "No", ["fr"] = "Non" };
}
