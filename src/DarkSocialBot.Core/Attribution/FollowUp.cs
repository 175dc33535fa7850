namespace DarkSocialBot.Core.Attribution;

/// <summary>The clarifying question an answer calls for; the HDYHAU dialog turns it into text in the customer's language.</summary>
public enum FollowUp
{
    None,
    /// <summary>A platform alone ("Instagram"): an ad, a post, a creator or a private message?</summary>
    PlatformKind,
    /// <summary>A podcast without its name: which podcast?</summary>
    WhichPodcast,
    /// <summary>A creator or influencer without a name: who?</summary>
    WhichCreator,
    /// <summary>A person without the how ("a friend"): did they send a link (which app?) or tell you in person?</summary>
    FriendHow,
    /// <summary>An ad without where it was seen: on which site, app or medium?</summary>
    AdWhere,
    /// <summary>An email without who sent it: our newsletter, or forwarded by someone?</summary>
    EmailKind,
    /// <summary>Search: what made you search for us? (brand search means discovery happened elsewhere).</summary>
    WhatMadeYouSearch,
    /// <summary>Nothing recognised: could you tell us a bit more?</summary>
    Clarify,
}
