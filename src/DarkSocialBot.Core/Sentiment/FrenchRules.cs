using System.Collections.Frozen;
using DarkSocialBot.Core.Attribution;

namespace DarkSocialBot.Core.Sentiment;

/// <summary>
/// French: our own lexicon (Lexicons/fr_lexicon.tsv) and rules in VADER's spirit. Negation "ne … pas/plus/jamais/rien",
/// bare "pas"/"jamais", "personne ne", "sans", counted once per word; idioms that VADER's arithmetic would get wrong
/// ("pas mal" is praise, "pas terrible" is not, "rien à redire"); intensifiers "très", "trop", "vraiment", "super", "hyper";
/// dampeners "un peu", "assez", "plutôt"; "mais" and "par contre" weigh the second half, as "but" does in English.
/// </summary>
internal static class FrenchRules
{
    public static LanguageRules Create(FrozenDictionary<string, double> lexicon, FrozenDictionary<string, double> emoji, FrozenDictionary<string, double> emoticons)
    {
        string[] up =
        [
            "très", "trop", "vraiment", "super", "hyper", "ultra", "méga", "tellement", "si", "extrêmement", "absolument",
            "complètement", "totalement", "vachement", "carrément", "particulièrement", "incroyablement", "hautement", "bien",
            "grave", "sacrément", "terriblement", "énormément", "fort", "franchement", "tout",
        ];
        string[] down = ["peu", "assez", "plutôt", "moyennement", "légèrement", "presque", "quasiment", "relativement", "moins", "guère"];
        string[] negators = ["ne", "n", "pas", "jamais", "rien", "personne", "aucun", "aucune", "sans", "ni", "peu"];
        (string, double)[] idioms =
        [
            ("pas mal", 1.5), ("pas mal du tout", 2.2), ("pas terrible", -1.8), ("pas top", -1.8), ("pas fou", -1.2),
            ("pas cher", 1.5), ("pas chers", 1.5), ("pas chère", 1.5), ("pas chères", 1.5), ("pas de souci", 1.2),
            ("pas de soucis", 1.2), ("pas de problème", 1.2), ("aucun souci", 1.5), ("aucun problème", 1.5), ("sans souci", 1.5),
            ("sans problème", 1.5), ("rien à redire", 2.2), ("rien à dire", 1.8), ("rien à signaler", 1.2), ("rien de mieux", 2.0),
            ("que demander de plus", 2.0), ("au top", 2.5), ("au poil", 2.0), ("à refaire", 1.5), ("à l'heure", 1.0),
            ("ça marche", 0.8), ("n'importe quoi", -2.2), ("à éviter", -2.5), ("plus jamais", -2.5), ("jamais plus", -2.5),
            ("c'est du vol", -2.8), ("c'était du vol", -2.8), ("ras le bol", -2.2), ("pas normal", -1.8), ("ne marche pas", -1.8),
            ("marche pas", -1.8), ("ne marche plus", -1.8), ("ne fonctionne pas", -1.8), ("fonctionne pas", -1.8),
            ("ne répond pas", -1.5), ("répond pas", -1.5), ("répond jamais", -1.8), ("personne ne répond", -2.0),
            ("aucune réponse", -1.8), ("sans réponse", -1.8), ("pas de réponse", -1.8), ("sans nouvelles", -1.8),
            ("sans information", -1.5), ("toujours pas", -1.2), ("pas reçu", -1.5), ("rien reçu", -1.5), ("jamais reçu", -1.8),
            ("attends toujours", -1.5), ("attend toujours", -1.5), ("frais cachés", -2.0), ("hors de prix", -2.0),
            ("moins bien", -1.2), ("moins bon", -1.2), ("comprend rien", -1.5), ("comprends rien", -1.5), ("comprend pas", -1.5),
            ("comprends pas", -1.5), ("sert à rien", -2.0), ("ne sert à rien", -2.0), ("aller simple", 0), ("aller retour", 0),
            ("se moque de", -2.0), ("se moquent de", -2.0), ("foutent de", -2.5), ("fout de", -2.5), ("mal organisé", -2.0),
            ("pas terrible du tout", -2.2), ("pas génial", -1.5), ("laisse à désirer", -1.8),
            ("laissent à désirer", -1.8), ("un vrai plaisir", 2.5), ("de rêve", 2.2), ("service client", 0),
            ("aux petits soins", 2.2), ("aux petits oignons", 2.2), ("tourne en rond", -1.8), ("tournent en rond", -1.8),
            ("c'est la dernière fois", -1.8), ("attendais à pire", 1.0), ("attendais au pire", 1.0), ("débité deux fois", -1.8),
            ("débitée deux fois", -1.8), ("facturé deux fois", -1.8), ("prélevé deux fois", -1.8), ("le jour et la nuit", 0.5),
        ];
        return new LanguageRules
        {
            Language = "fr",
            Lexicon = lexicon,
            Emoji = emoji,
            Emoticons = emoticons,
            Boosters = up.Select(w => (w, EnglishRules.Increment)).Concat(down.Select(w => (w, EnglishRules.Decrement)))
                .DistinctBy(p => TextFolding.Fold(p.w)).ToFrozenDictionary(p => TextFolding.Fold(p.w), p => p.Item2),
            DualBoosters = FrozenSet.Create("super", "bien", "grave"),
            Negators = negators.Select(w => TextFolding.Fold(w)).ToFrozenSet(),
            Idioms = LanguageRules.IdiomTable(idioms.Select(i => (i.Item1.Replace('\'', ' '), i.Item2)), w => TextFolding.Fold(w)),
            Contrast = FrozenSet.Create("mais", "cependant", "pourtant", "contre", "neanmoins", "toutefois"),
            NeverWords = FrozenSet.Create("jamais"),
            SoWords = FrozenSet.Create("aussi", "si", "autant", "tellement"),
            FrenchNegation = true,
        };
    }
}
