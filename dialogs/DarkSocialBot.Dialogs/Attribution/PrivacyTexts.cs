using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Attribution;

/// <summary>Section <c>privacy</c> of the brand's texts: the "delete my data" and "what do you know about me" exchanges.</summary>
public sealed class PrivacyTexts
{
    public LocalizedText ConfirmErase { get; } = new();
    public LocalizedText OptedOut { get; } = new();
    public LocalizedText OptedIn { get; } = new();
    public LocalizedText Erased { get; } = new();

    /// <summary>After <see cref="Erased"/>: the open bag reports kept until handled (<c>{references}</c>), and why.</summary>
    public LocalizedText ErasedBagReportsKept { get; } = new();
    public LocalizedText EraseCancelled { get; } = new();
    public LocalizedText SummaryIntro { get; } = new();
    public LocalizedText SummaryMessages { get; } = new();

    /// <summary>"{count} message" (one, and none in French) or "{count} messages": the customer's part of <see cref="SummaryMessages"/>.</summary>
    public LocalizedText SummaryInboundOne { get; } = new();
    public LocalizedText SummaryInboundOther { get; } = new();

    /// <summary>"{count} reply" or "{count} replies": the bot's part of <see cref="SummaryMessages"/>.</summary>
    public LocalizedText SummaryOutboundOne { get; } = new();
    public LocalizedText SummaryOutboundOther { get; } = new();
    public LocalizedText SummaryNoMessages { get; } = new();
    public LocalizedText SummaryAnswer { get; } = new();
    public LocalizedText SummaryTracked { get; } = new();
    public LocalizedText SummaryConsent { get; } = new();
    public LocalizedText SummarySentiment { get; } = new();
    public LocalizedText SummaryBagReport { get; } = new();
    public LocalizedText BagReportOpen { get; } = new();
    public LocalizedText BagReportHandled { get; } = new();
    public LocalizedText SummaryRetention { get; } = new();
    public LocalizedText ConsentGranted { get; } = new();
    public LocalizedText ConsentWithdrawn { get; } = new();
    public LocalizedText PurposeService { get; } = new();
    public LocalizedText PurposeMarketing { get; } = new();
    public LocalizedText Yes { get; } = new();
    public LocalizedText No { get; } = new();
}
