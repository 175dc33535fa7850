using DarkSocialBot.Core.Localization;

namespace DarkSocialBot.Dialogs.Attribution;

/// <summary>Section <c>hdyhau</c> of the brand's texts (<c>Texts/{language}.json</c>): the question, its options, follow-ups and thanks.</summary>
public sealed class HdyhauTexts
{
    public LocalizedText Question { get; } = new();
    public LocalizedText Retry { get; } = new();

    /// <summary>A reply about the customer's trip ("the 7:00 one"), not an answer: the question is dropped, kindly.</summary>
    public LocalizedText AboutTheTrip { get; } = new();

    /// <summary>"Thanks" alone to the question, which came right after the answer to a request: welcomed, and asked once more.</summary>
    public LocalizedText YoureWelcome { get; } = new();
    public LocalizedText Other { get; } = new();
    public LocalizedText PlatformKind { get; } = new();
    public LocalizedText SocialMedia { get; } = new();
    public LocalizedText WhichPodcast { get; } = new();
    public LocalizedText WhichCreator { get; } = new();
    public LocalizedText FriendHow { get; } = new();
    public LocalizedText AdWhere { get; } = new();
    public LocalizedText EmailKind { get; } = new();
    public LocalizedText WhatMadeYouSearch { get; } = new();
    public LocalizedText Clarify { get; } = new();
    public LocalizedText ShareFeeling { get; } = new();
    public LocalizedText Thanks { get; } = new();
    public LocalizedText ThanksShare { get; } = new();
    public LocalizedText Skipped { get; } = new();
    public LocalizedText OptionFriend { get; } = new();
    public LocalizedText OptionSocial { get; } = new();
    public LocalizedText OptionPodcast { get; } = new();
    public LocalizedText OptionSearch { get; } = new();
    public LocalizedText OptionAd { get; } = new();
    public LocalizedText OptionAi { get; } = new();
    public LocalizedText OptionPress { get; } = new();
    public LocalizedText OptionCustomer { get; } = new();
    public LocalizedText OptionOther { get; } = new();
    public LocalizedText KindAd { get; } = new();
    public LocalizedText KindPost { get; } = new();
    public LocalizedText KindCreator { get; } = new();
    public LocalizedText KindMessage { get; } = new();
    public LocalizedText FriendLink { get; } = new();
    public LocalizedText FriendInPerson { get; } = new();
    public LocalizedText AdTv { get; } = new();
    public LocalizedText AdRadio { get; } = new();
    public LocalizedText AdSocial { get; } = new();
    public LocalizedText AdWebsite { get; } = new();
    public LocalizedText AdStreet { get; } = new();
    public LocalizedText EmailNewsletter { get; } = new();
    public LocalizedText EmailForwarded { get; } = new();
}
