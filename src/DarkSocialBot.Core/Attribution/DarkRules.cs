namespace DarkSocialBot.Core.Attribution;

/// <summary>
/// Private sharing. Precedence inside: a direct message beside a platform -> SOCIAL_DM; a private group on a platform ->
/// COMMUNITY_PRIVATE; otherwise the first messaging medium decides (who + via what = via what: "my sister sent it on WhatsApp"
/// is MSG_WHATSAPP, "a friend sent me a link on Slack" is COMMUNITY_PRIVATE); a relation without a medium is word of mouth.
/// </summary>
internal static class DarkRules
{
    public static Decision? PrivateMedium(AnswerCues c)
    {
        var person = c.Relation() ?? c.Someone();
        var shared = c.First(CueKind.Share, CueKind.Forward);
        var platform = c.Platform();
        var medium = c.First(CueKind.Medium);
        if (c.First(CueKind.Dm) is { } dm)
        {
            if (platform is { } p) return new Decision("direct-message", SourceCodes.SocialDm, dm, 0.9f, p.Value);
            if (medium is { } m) return FromMedium(m, 0.9f);
            return new Decision("direct-message", SourceCodes.SocialDm, dm, 0.7f, FollowUp: FollowUp.PlatformKind);
        }
        if (medium is null && platform is { } social && c.First(CueKind.DmWeak) is not null)
            return new Decision("message-on-platform", SourceCodes.SocialDm, social, 0.8f, social.Value);
        if (medium is null && c.First(CueKind.Group) is { } group && (platform is not null || c.Has(CueKind.Private)))
            return new Decision("private-group", SourceCodes.CommunityPrivate, group, 0.85f, platform?.Value);
        if (medium is null && c.First(CueKind.Private) is { } closed && c.First(CueKind.Group) is not null)
            return new Decision("private-group", SourceCodes.CommunityPrivate, closed, 0.85f);

        var fromBrand = c.Has(CueKind.Possessive) && person is null && shared is null;
        if (medium is not null && !fromBrand)
        {
            foreach (var m in c.Matches)
            {
                if (m.Kind != CueKind.Medium) continue;
                if (m.Value == "email" && person is null && shared is null) continue;
                return FromMedium(m, person is not null || shared is not null ? 0.95f : 0.85f);
            }
        }
        if (c.First(CueKind.Forward) is { } forward && medium is null)
            return new Decision("forwarded", SourceCodes.EmailForward, forward, 0.85f, "email");
        if (person is not null && shared is not null && platform is { } target && !c.Has(CueKind.PostVerb))
            return new Decision("shared-on-platform", SourceCodes.SocialDm, target, 0.75f, target.Value);
        return null;
    }

    /// <summary>Friend, family, colleague without a medium. A relation beside a platform is a DM unless they posted publicly.</summary>
    public static Decision? Relation(AnswerCues c)
    {
        if (c.Relation() is not { } person) return null;
        if (c.Platform() is { } platform)
        {
            if (c.Has(CueKind.PostVerb) || c.Has(CueKind.Content)) return null;
            return new Decision("relation-on-platform", SourceCodes.SocialDm, platform, 0.6f, platform.Value, FollowUp: FollowUp.PlatformKind);
        }
        var code = person.Value switch
        {
            "family" => SourceCodes.WomFamily,
            "colleague" => SourceCodes.WomColleague,
            _ => SourceCodes.WomFriend,
        };
        var inPerson = c.Has(CueKind.InPerson);
        var how = inPerson || c.Has(CueKind.Tell) || c.Has(CueKind.Share);
        return new Decision("word-of-mouth", code, person, how ? 0.9f : 0.8f, inPerson ? "in_person" : null,
            FollowUp: how ? FollowUp.None : FollowUp.FriendHow);
    }

    /// <summary>A conversation with someone unnamed, or word of mouth in general: "a guy at the gym", "bouche à oreille".</summary>
    public static Decision? InPerson(AnswerCues c)
    {
        var cue = c.Someone() ?? c.First(CueKind.InPerson);
        if (cue is not { } found) return null;
        return new Decision("in-person", SourceCodes.InPerson, found, 0.8f, "in_person");
    }

    private static Decision FromMedium(CueMatch medium, float confidence)
    {
        var code = medium.Value switch
        {
            "whatsapp" => SourceCodes.MsgWhatsApp,
            "messenger" => SourceCodes.MsgMessenger,
            "sms" => SourceCodes.MsgSms,
            "email" => SourceCodes.EmailForward,
            "slack" or "discord" or "teams" => SourceCodes.CommunityPrivate,
            "chat" => SourceCodes.MsgOtherApp,
            _ => SourceCodes.MsgOtherApp,
        };
        return new Decision("private-medium", code, medium, confidence, medium.Value == "chat" ? null : medium.Value);
    }
}
