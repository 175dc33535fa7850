namespace DarkSocialBot.Core.Attribution;

/// <summary>What a keyword or phrase says about how the customer heard of the brand; the rules combine these.</summary>
internal enum CueKind
{
    Person,        // Value: friend | family | colleague
    GenericPerson, // someone, people, quelqu'un, un mec
    With,          // with / avec: the next person is a companion, not the source
    Medium,        // Value: whatsapp | messenger | sms | email | telegram | signal | imessage | wechat | viber | slack | discord | teams
    Forward,       // forwarded, transféré
    Share,         // sent, shared, envoyé, partagé
    Tell,          // told, said, recommended, parlé, conseillé
    PostVerb,      // posted, publié
    Dm,            // DM, private message, MP
    DmWeak,        // message, messaged: a DM only beside a social platform
    Group,         // group, server, channel, groupe
    Private,       // private, privé
    Platform,      // Value: instagram | facebook | tiktok | youtube | linkedin | x | pinterest | reddit | snapchat | twitch
    Content,       // post, video, reel, story, page, compte
    Paid,          // ad, pub, sponsored, annonce
    Display,       // banner, pop-up
    Tv,
    Radio,
    Outdoor,
    Print,
    Event,
    Web,           // website, internet, online, site
    Press,
    Podcast,
    Influencer,
    Review,
    Ai,
    SearchEngine,  // Value: google | bing | ...
    SearchVerb,
    SearchResult,
    Owned,         // Value: newsletter | app | website | store | email | sms
    Possessive,    // your, votre, from you
    Customer,      // already a customer, déjà client
    InPerson,      // word of mouth, bouche à oreille, at a party, chatting
    WorkSetting,   // at work, au boulot
    DontRemember,
    OtherSource,   // travel agent, my company booked it
}
