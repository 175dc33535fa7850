using System.Collections.Frozen;

namespace DarkSocialBot.Core.Attribution;

/// <summary>Canonical source codes of protocols/attribution.md and their default visibility class.</summary>
public static class SourceCodes
{
    public const string WomFriend = "WOM_FRIEND";
    public const string WomFamily = "WOM_FAMILY";
    public const string WomColleague = "WOM_COLLEAGUE";
    public const string MsgWhatsApp = "MSG_WHATSAPP";
    public const string MsgMessenger = "MSG_MESSENGER";
    public const string MsgSms = "MSG_SMS";
    public const string MsgOtherApp = "MSG_OTHER_APP";
    public const string EmailForward = "EMAIL_FORWARD";
    public const string CommunityPrivate = "COMMUNITY_PRIVATE";
    public const string SocialDm = "SOCIAL_DM";
    public const string InPerson = "IN_PERSON";
    public const string SocialOrganic = "SOCIAL_ORGANIC";
    public const string Influencer = "INFLUENCER";
    public const string Podcast = "PODCAST";
    public const string PressBlog = "PRESS_BLOG";
    public const string ReviewSite = "REVIEW_SITE";
    public const string AiAssistant = "AI_ASSISTANT";
    public const string Search = "SEARCH";
    public const string PaidSearch = "PAID_SEARCH";
    public const string PaidSocial = "PAID_SOCIAL";
    public const string Display = "DISPLAY";
    public const string Tv = "TV";
    public const string Radio = "RADIO";
    public const string Outdoor = "OUTDOOR";
    public const string Print = "PRINT";
    public const string Event = "EVENT";
    public const string OwnChannel = "OWN_CHANNEL";
    public const string Other = "OTHER";
    public const string DontRemember = "DONT_REMEMBER";

    private static readonly FrozenDictionary<string, SourceClass> Classes = new Dictionary<string, SourceClass>(StringComparer.OrdinalIgnoreCase)
    {
        [WomFriend] = SourceClass.Dark, [WomFamily] = SourceClass.Dark, [WomColleague] = SourceClass.Dark,
        [MsgWhatsApp] = SourceClass.Dark, [MsgMessenger] = SourceClass.Dark, [MsgSms] = SourceClass.Dark,
        [MsgOtherApp] = SourceClass.Dark, [EmailForward] = SourceClass.Dark, [CommunityPrivate] = SourceClass.Dark,
        [SocialDm] = SourceClass.Dark, [InPerson] = SourceClass.Dark,
        [SocialOrganic] = SourceClass.Public, [Influencer] = SourceClass.Public, [Podcast] = SourceClass.Public,
        [PressBlog] = SourceClass.Public, [ReviewSite] = SourceClass.Public, [AiAssistant] = SourceClass.Public,
        [Search] = SourceClass.Public,
        [PaidSearch] = SourceClass.Paid, [PaidSocial] = SourceClass.Paid, [Display] = SourceClass.Paid, [Tv] = SourceClass.Paid,
        [Radio] = SourceClass.Paid, [Outdoor] = SourceClass.Paid, [Print] = SourceClass.Paid, [Event] = SourceClass.Paid,
        [OwnChannel] = SourceClass.Owned,
        [Other] = SourceClass.Unclassified, [DontRemember] = SourceClass.Unclassified,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every code, in the order of the taxonomy table.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        WomFriend, WomFamily, WomColleague, MsgWhatsApp, MsgMessenger, MsgSms, MsgOtherApp, EmailForward, CommunityPrivate,
        SocialDm, InPerson, SocialOrganic, Influencer, Podcast, PressBlog, ReviewSite, AiAssistant, Search, PaidSearch,
        PaidSocial, Display, Tv, Radio, Outdoor, Print, Event, OwnChannel, Other, DontRemember,
    ];

    public static bool IsKnown(string? code) => code is not null && Classes.ContainsKey(code);

    /// <summary>The default class of a code (creators, podcasts, press and reviews become Paid when sponsored; the classifier says so).</summary>
    public static SourceClass ClassOf(string code) => Classes.TryGetValue(code, out var c) ? c : SourceClass.Unclassified;

    /// <summary>The canonical spelling of a known code (case-insensitive), or null.</summary>
    public static string? Canonical(string? code) =>
        code is not null && Classes.TryGetValue(code, out _) ? code.ToUpperInvariant() : null;
}
