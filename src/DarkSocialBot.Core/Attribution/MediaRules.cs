namespace DarkSocialBot.Core.Attribution;

/// <summary>
/// Paid, public and owned media. An ad marker ("ad", "pub", "sponsored") turns the medium beside it into its paid code:
/// search -> PAID_SEARCH, social platform -> PAID_SOCIAL, podcast/creator stay PODCAST/INFLUENCER but become Paid, offline
/// media keep their own code, a website or banner -> DISPLAY. Without a marker the mechanism decides: "youtube video" is
/// SOCIAL_ORGANIC (never paid search), "google" is SEARCH, "your newsletter" is OWN_CHANNEL.
/// </summary>
internal static class MediaRules
{
    public static Decision? Paid(AnswerCues c)
    {
        var marker = c.First(CueKind.Paid) ?? c.First(CueKind.Display);
        if (marker is not { } ad) return null;
        if (c.First(CueKind.Podcast) is { } podcast)
            return new Decision("sponsored-podcast", SourceCodes.Podcast, podcast, 0.9f, "podcast", DetailExtractor.Near(c, podcast), Sponsored: true);
        if (c.First(CueKind.Influencer, 0.9f) is { } creator)
            return new Decision("sponsored-creator", SourceCodes.Influencer, creator, 0.9f, c.Platform()?.Value, DetailExtractor.Creator(c, creator), Sponsored: true);
        if (c.First(CueKind.SearchEngine, CueKind.SearchResult, CueKind.SearchVerb) is { } search)
            return new Decision("paid-search", SourceCodes.PaidSearch, ad, 0.95f, search.Kind == CueKind.SearchEngine ? search.Value : null);
        if (c.Platform() is { } platform)
            return new Decision("paid-social", SourceCodes.PaidSocial, ad, 0.95f, platform.Value);
        if (c.First(CueKind.Tv, CueKind.Radio, CueKind.Outdoor, CueKind.Print, CueKind.Event) is { } offline)
            return Offline(offline, 0.95f);
        if (c.First(CueKind.Display, CueKind.Web) is { } web)
            return new Decision("display", SourceCodes.Display, web, 0.9f, "web");
        return new Decision("ad-somewhere", SourceCodes.PaidSocial, ad, 0.5f, FollowUp: FollowUp.AdWhere);
    }

    public static Decision? Ai(AnswerCues c) =>
        c.First(CueKind.Ai) is { } ai && !(ai.Cue.Weight < 1f && c.Relation() is not null)
            ? new Decision("ai-assistant", SourceCodes.AiAssistant, ai, 0.95f, Detail: ai.Value.Length > 0 ? ai.Value : null)
            : null;

    public static Decision? Podcast(AnswerCues c)
    {
        if (c.First(CueKind.Podcast) is not { } podcast) return null;
        var name = DetailExtractor.Near(c, podcast);
        return new Decision("podcast", SourceCodes.Podcast, podcast, 0.9f, "podcast", name,
            name is null ? FollowUp.WhichPodcast : FollowUp.None);
    }

    public static Decision? Influencer(AnswerCues c)
    {
        var creator = c.First(CueKind.Influencer, 0.9f);
        if (creator is null && c.First(CueKind.Influencer) is { } weak && (c.Platform() is not null || c.Has(CueKind.Content))) creator = weak;
        if (creator is null && c.Handles.Count > 0 && c.Platform() is { } where) creator = where;
        // Someone unnamed on a public platform, not sharing privately nor just posting: a creator ("some youtube guy").
        if (creator is null && c.Someone() is { } someone && c.Platform() is not null && !c.Has(CueKind.PostVerb) && !c.Has(CueKind.Share))
            creator = someone;
        if (creator is not { } found) return null;
        var name = DetailExtractor.Creator(c, found);
        return new Decision("creator", SourceCodes.Influencer, found, 0.9f, c.Platform()?.Value, name,
            name is null ? FollowUp.WhichCreator : FollowUp.None);
    }

    public static Decision? Review(AnswerCues c) =>
        c.First(CueKind.Review) is { } review
            ? new Decision("review-site", SourceCodes.ReviewSite, review, 0.9f, Detail: review.Value.Length > 0 ? review.Value : null)
            : null;

    public static Decision? Press(AnswerCues c) =>
        c.First(CueKind.Press) is { } press
            ? new Decision("press", SourceCodes.PressBlog, press, 0.9f, Detail: press.Value.Length > 0 ? press.Value : null)
            : null;

    public static Decision? Social(AnswerCues c)
    {
        var content = c.First(CueKind.Content);
        if (c.Platform() is { } platform)
        {
            var clear = content is not null || c.Has(CueKind.PostVerb) || c.Has(CueKind.Possessive);
            return new Decision("social-organic", SourceCodes.SocialOrganic, platform, clear ? 0.85f : 0.65f, platform.Value,
                FollowUp: clear ? FollowUp.None : FollowUp.PlatformKind);
        }
        if (c.First(CueKind.Content, 0.9f) is { } post)
            return new Decision("social-content", SourceCodes.SocialOrganic, post, 0.55f, FollowUp: FollowUp.PlatformKind);
        return null;
    }

    public static Decision? OfflineMedia(AnswerCues c) =>
        c.First(CueKind.Tv, CueKind.Radio, CueKind.Outdoor, CueKind.Print, CueKind.Event) is { } offline ? Offline(offline, 0.85f) : null;

    public static Decision? Search(AnswerCues c)
    {
        if (c.First(CueKind.SearchEngine, CueKind.SearchVerb) is { } search)
            return new Decision("search", SourceCodes.Search, search, 0.85f, search.Kind == CueKind.SearchEngine ? search.Value : null,
                FollowUp: FollowUp.WhatMadeYouSearch);
        if (c.First(CueKind.Web) is { } web && !c.Has(CueKind.Possessive) && !c.Has(CueKind.Owned))
            return new Decision("web", SourceCodes.Search, web, 0.45f, FollowUp: FollowUp.WhatMadeYouSearch);
        return null;
    }

    public static Decision? Owned(AnswerCues c)
    {
        if (c.First(CueKind.Customer) is { } customer) return new Decision("customer", SourceCodes.OwnChannel, customer, 0.85f);
        var owned = c.First(CueKind.Owned);
        var mine = c.Has(CueKind.Possessive);
        if (owned is { } o && (o.Value is "newsletter" or "app" or "loyalty" or "magazine" || mine))
            return new Decision("owned", SourceCodes.OwnChannel, o, 0.9f, o.Value switch { "newsletter" => "email", _ => o.Value });
        if (mine && c.First(CueKind.Web, CueKind.Medium) is { } asset)
            return new Decision("owned", SourceCodes.OwnChannel, asset, 0.85f, asset.Kind == CueKind.Web ? "web" : asset.Value);
        if (c.First(CueKind.Medium) is { } email && email.Value == "email")
            return new Decision("email", SourceCodes.OwnChannel, email, 0.5f, "email", FollowUp: FollowUp.EmailKind);
        return null;
    }

    private static Decision Offline(CueMatch cue, float confidence)
    {
        var code = cue.Kind switch
        {
            CueKind.Tv => SourceCodes.Tv,
            CueKind.Radio => SourceCodes.Radio,
            CueKind.Outdoor => SourceCodes.Outdoor,
            CueKind.Print => SourceCodes.Print,
            _ => SourceCodes.Event,
        };
        var channel = cue.Kind switch { CueKind.Tv => "tv", CueKind.Radio => "radio", CueKind.Event => "in_person", _ => null };
        var station = cue.Kind is CueKind.Tv or CueKind.Radio && cue.Text is not ("tv" or "television" or "telly" or "tele" or "televise" or "radio" or "radios")
            ? cue.Text.ToUpperInvariant() : null;
        return new Decision("offline-media", code, cue, confidence, channel, station);
    }
}
