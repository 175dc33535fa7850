namespace DarkSocialBot.Core.Attribution;

/// <summary>Owned channels, the brand's possessive ("your newsletter"), telling verbs, "don't remember" and explicit other sources.</summary>
internal static class IntentCues
{
    public static IEnumerable<CueEntry> All() =>
    [
        .. CueEntry.Of(CueKind.Owned, "newsletter", 1f, "newsletter~", "newsletters", "news letter", "lettre d information", "mailing"),
        .. CueEntry.Of(CueKind.Owned, "app", 0.9f, "app", "apps", "appli", "applis", "application~", "mobile app", "appli mobile"),
        .. CueEntry.Of(CueKind.Owned, "store", 0.8f, "store", "shop", "boutique", "magasin", "agence", "agency", "counter", "comptoir",
            "lounge", "salon vip", "desk"),
        .. CueEntry.Of(CueKind.Owned, "loyalty", 0.9f, "loyalty", "loyalty program", "fidelite", "programme de fidelite", "frequent flyer",
            "miles", "member", "membre"),
        .. CueEntry.Of(CueKind.Owned, "magazine", 0.9f, "inflight magazine", "in flight magazine", "onboard magazine",
            "magazine de bord", "magazine a bord"),
        .. CueEntry.Of(CueKind.Possessive, "", 1f, "your", "yours", "ur", "you guys", "from you", "votre", "vos", "de votre part",
            "de vous", "chez vous"),
        .. CueEntry.Of(CueKind.Customer, "", 0.9f, "already a customer", "already customer", "existing customer", "regular customer",
            "loyal customer", "been a customer", "a customer", "deja client", "deja cliente", "client fidele", "cliente fidele",
            "ancien client", "ancienne cliente", "suis client", "suis cliente", "client depuis", "cliente depuis", "deja voyage avec vous", "fly with you", "flying with you", "flown with you",
            "flew with you", "voyage avec vous", "voyage souvent avec vous", "used you before", "booked with you before"),
        .. CueEntry.Of(CueKind.Tell, "", 0.9f,
            "told", "tell", "tells", "telling", "said", "says", "mentioned~", "mention", "recommended~", "recommend~", "recommends",
            "recommendation~", "suggested~", "suggest", "talked", "talks", "talk", "talking", "swears by", "raved", "raving",
            "heard it from", "heard from", "showed", "parle", "parlait", "parler", "en a parle", "dit", "m a dit", "conseille~",
            "conseiller", "recommande~", "recommandation~", "raconte", "montre", "vante", "vantait", "grace a"),
        .. CueEntry.Of(CueKind.DontRemember, "", 1f,
            "don t remember", "dont remember", "do not remember", "can t remember", "cant remember", "cannot remember",
            "can t recall", "cant recall", "don t recall", "dont recall", "not sure", "no idea", "idk", "dunno", "forgot", "i forget",
            "don t know", "dont know", "no clue", "no recollection", "je sais plus", "je sais pas", "je ne sais pas", "j sais pas",
            "sais pas", "sais plus", "je ne sais plus", "chai pas", "chais pas", "aucune idee", "pas d idee", "je ne me souviens",
            "me souviens plus", "me souviens pas", "souviens plus", "souviens pas", "rappelle plus", "rappelle pas", "oublie",
            "pas sur", "pas sure", "plus aucune idee", "j ai oublie", "sais plus trop", "sais pas trop", "jsp", "jsais pas", "j sais plus", "jsais plus"),
        .. CueEntry.Of(CueKind.OtherSource, "", 0.7f, "travel agent", "travel agency", "agence de voyage", "agence de voyages",
            "agent de voyage", "my company", "our company", "company booked", "mon entreprise", "ma boite", "notre entreprise",
            "travel policy", "politique voyage", "only airline", "only direct", "seul vol", "vol direct", "seule compagnie",
            "airport", "aeroport", "tour operator", "voyagiste", "comite d entreprise", "cse"),
    ];
}
