using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Texts;

/// <summary>Reporting a lost, delayed or damaged bag.</summary>
internal sealed class LostBagTexts
{
    public LocalizedText Sorry { get; } = new();

    /// <summary>When and how a found bag comes back, for a customer who asks during the report.</summary>
    public LocalizedText WhatNext { get; } = new();
    public LocalizedText AskDescription { get; } = new();
    public LocalizedText DescriptionRetry { get; } = new();
    public LocalizedText AskPhone { get; } = new();

    /// <summary>On SMS and WhatsApp: the number the customer writes from, "{phone}", with a Yes button.</summary>
    public LocalizedText AskSenderPhone { get; } = new();
    public LocalizedText PhoneRetry { get; } = new();

    /// <summary>A number typed the national way ("06 12 34 56 78") that neither the customer's language nor channel places.</summary>
    public LocalizedText PhoneCountry { get; } = new();
    public LocalizedText Confirm { get; } = new();
    public LocalizedText Reported { get; } = new();
    public LocalizedText NotReported { get; } = new();

    /// <summary>A damaged bag: its own words where a missing bag's would be wrong ("so we can find it").</summary>
    public LocalizedText SorryDamaged { get; } = new();
    public LocalizedText AskDamage { get; } = new();
    public LocalizedText ConfirmDamaged { get; } = new();
    public LocalizedText ReportedDamaged { get; } = new();

    /// <summary>A photo or document sent during the report: kept with it.</summary>
    public LocalizedText EvidenceKept { get; } = new();
}
