namespace DarkSocialBot.Core.Attribution;

/// <summary>Who: relations (friend, family, colleague), anyone else, and where a face-to-face conversation happened. English and French.</summary>
internal static class PeopleCues
{
    public static IEnumerable<CueEntry> All() =>
    [
        .. CueEntry.Of(CueKind.Person, "friend", 1f,
            "friend~", "friends~", "mate", "mates", "buddy", "buddies", "pal", "pals", "bestie", "bff", "roommate~", "flatmate~",
            "neighbour~", "neighbor~", "neighbours", "neighbors", "acquaintance~", "bro",
            "ami", "amie", "amis", "amies", "pote", "potes", "copain~", "copine~", "copains", "copines", "connaissance", "voisin~",
            "voisine~", "coloc", "colocataire", "meilleur ami", "meilleure amie"),
        .. CueEntry.Of(CueKind.Person, "family", 1f,
            "family~", "sister~", "sis", "brother~", "mum", "mom", "mommy", "mother~", "dad", "daddy", "father~", "parents~",
            "wife", "husband~", "hubby", "son", "daughter~", "kids", "cousin~", "aunt", "auntie", "uncle", "grandma~", "granny",
            "grandpa~", "grandmother", "grandfather", "grandparents", "gf", "girlfriend~", "boyfriend~", "bf", "partner~", "fiance~",
            "fiancee~", "in laws", "stepmom", "stepdad",
            "famille~", "soeur", "frere", "mere", "maman", "pere", "papa", "mari", "ma femme", "mon fils", "fils", "ma fille",
            "cousine", "tante", "oncle", "tonton", "tata", "grand mere", "grand pere", "mamie", "mamy", "papi", "papy",
            "grands parents", "belle soeur", "beau frere", "belle mere", "beau pere", "beaux parents", "conjoint~", "conjointe~",
            "compagnon~", "compagne", "mon mec", "ma meuf", "enfants", "mes gosses"),
        .. CueEntry.Of(CueKind.Person, "colleague", 1f,
            "colleague~", "colleagues~", "coworker~", "coworkers", "co worker", "co workers", "workmate~", "boss", "manager~",
            "my team", "collegue~", "collegues~", "chef", "mon chef", "ma cheffe", "patron~", "patronne~", "n 1", "associe",
            "someone from work", "someone at work", "quelqu un du boulot", "quelqu un du travail", "quelqu un du bureau"),
        .. CueEntry.Of(CueKind.GenericPerson, "", 0.8f,
            "someone", "somebody", "some guy", "a guy", "a girl", "a woman", "a man", "a lady", "people", "stranger~", "strangers",
            "everyone", "everybody", "a passenger", "other passengers", "quelqu un", "des gens", "les gens", "un mec", "un gars",
            "une dame", "un monsieur", "une femme", "une fille", "un inconnu", "une inconnue", "visiteurs", "un passager",
            "une passagere", "tout le monde", "le monde en parle", "guy", "gars", "traveler", "traveller", "voyageur", "voyageuse",
            "voyageurs"),
        .. CueEntry.Of(CueKind.GenericPerson, "", 0.8f, "hairdresser", "barber", "teacher", "professor", "doctor", "dentist", "nurse",
            "pharmacist", "landlord", "driver", "taxi driver", "coach", "classmate", "coiffeur", "coiffeuse", "prof", "professeur",
            "professeure", "medecin", "dentiste", "infirmiere", "pharmacien", "pharmacienne", "chauffeur", "moniteur", "camarade"),
        .. CueEntry.Of(CueKind.With, "", 1f, "with", "avec"),
        .. CueEntry.Of(CueKind.InPerson, "", 0.9f,
            "word of mouth", "in person", "face to face", "over dinner", "at dinner", "at a party", "party", "at the gym", "gym",
            "overheard~", "chatting", "chatted", "talking with", "talking to", "talked with", "talked to", "chatting with", "discutant avec", "discute avec", "en parlant avec",
            "parle avec", "en parlant a", "conversation~", "the pub", "a pub", "at the pub", "in the pub", "the bar",
            "at school", "coffee machine", "bouche a oreille", "bouche a l oreille", "de vive voix", "en personne", "au diner",
            "en soiree", "soiree", "machine a cafe", "salle de sport", "discutant~", "discute", "discussion~", "en parlaient",
            "en parlait", "au bar", "a l ecole", "a la sortie de l ecole", "dans le train", "in the train", "on the train"),
        .. CueEntry.Of(CueKind.WorkSetting, "", 0.8f,
            "at work", "from work", "office", "the office", "au travail", "au boulot", "du boulot", "au taf", "au taff", "du taf",
            "du taff", "bureau", "de bureau"),
    ];
}
