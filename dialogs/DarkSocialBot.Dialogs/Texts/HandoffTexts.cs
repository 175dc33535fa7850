using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Texts;

/// <summary>Handing over to a colleague, and coming back.</summary>
internal sealed class HandoffTexts
{
    public LocalizedText ComplaintAsk { get; } = new();

    /// <summary>Before handing over a complaint the customer told at length in one message.</summary>
    public LocalizedText ComplaintSorry { get; } = new();
    public LocalizedText ComplaintRetry { get; } = new();
    public LocalizedText RebookOffer { get; } = new();
    public LocalizedText AssistanceOffer { get; } = new();

    /// <summary>After the pet rules: a colleague books the pet's place.</summary>
    public LocalizedText PetOffer { get; } = new();

    /// <summary>A question the bot cannot answer: said honestly, with the offer of a colleague.</summary>
    public LocalizedText QuestionOffer { get; } = new();
    public LocalizedText Declined { get; } = new();
    public LocalizedText Connected { get; } = new();
    public LocalizedText ConnectedAfterHours { get; } = new();
    public LocalizedText Closed { get; } = new();
    public LocalizedText BackToBot { get; } = new();
    public LocalizedText Withdrawn { get; } = new();
    public LocalizedText AgentYes { get; } = new();
    public LocalizedText AgentNo { get; } = new();
    public LocalizedText AgentOfferRetry { get; } = new();
    public LocalizedText Zone { get; } = new();

    /// <summary>A photo or document sent while the bot asks about a complaint: kept for the colleague.</summary>
    public LocalizedText EvidenceKept { get; } = new();
}
