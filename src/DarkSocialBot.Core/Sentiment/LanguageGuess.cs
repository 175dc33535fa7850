using System.Collections.Frozen;
using DarkSocialBot.Core.Attribution;

namespace DarkSocialBot.Core.Sentiment;

/// <summary>
/// A tiny English/French guess from function words ("the", "is", "le", "est"…), elisions ("c'est", "j'ai", "don't"), French
/// greetings (twice the weight) and French accents. <see cref="Language"/> is "en", "fr" or null when there is no evidence (emoji only, a name, a number);
/// <see cref="Confidence"/> grows with the margin and the amount of evidence (0..1).
/// </summary>
public readonly record struct LanguageGuess(string? Language, double Confidence)
{
    private static readonly FrozenSet<string> English = FrozenSet.Create(StringComparer.Ordinal,
        "the", "and", "is", "are", "was", "were", "i", "you", "my", "your", "it", "this", "that", "to", "of", "in", "for", "with",
        "not", "have", "has", "be", "do", "does", "did", "can", "will", "would", "what", "when", "how", "thanks", "thank", "please",
        "hello", "hi", "yes", "from", "at", "by", "an", "they", "we", "so", "but", "just", "there", "about", "heard", "friend",
        "told", "saw", "got", "me", "our", "if", "want", "need", "flight", "seat", "bag", "change", "why", "where", "who", "good",
        "great", "bad", "very", "really", "don", "t", "s", "m", "ll", "ve", "re", "hey", "ok", "okay", "no", "help", "booking");
    private static readonly FrozenSet<string> French = FrozenSet.Create(StringComparer.Ordinal,
        "le", "la", "les", "un", "une", "des", "du", "de", "et", "est", "sont", "je", "tu", "il", "elle", "nous", "vous", "ils",
        "mon", "ma", "mes", "ton", "votre", "vos", "ce", "cette", "ces", "pour", "avec", "dans", "sur", "pas", "ne", "que", "qui",
        "mais", "ou", "tres", "merci", "bonjour", "oui", "au", "aux", "c", "j", "l", "d", "n", "qu", "m", "s", "ai", "suis", "etait",
        "ete", "bien", "plus", "tout", "vol", "siege", "bagage", "changer", "pourquoi", "comment", "quand", "ami", "amie", "vu",
        "entendu", "parle", "m'en", "y", "en", "chez", "sans", "rien", "jamais", "aussi", "fait", "peux", "veux", "voudrais", "svp",
        "salut", "coucou", "super", "nul", "genial", "reservation", "billet");

    /// <summary>French greetings English speakers do not use: a lone "Bonjour" says the language as clearly as two words.</summary>
    private static readonly FrozenSet<string> FrenchGreetings = FrozenSet.Create(StringComparer.Ordinal, "bonjour", "bonsoir", "salut", "coucou");

    /// <summary>
    /// Words of the languages the bot does not speak (Dutch, German, Spanish, Italian, Portuguese), accents removed; those that
    /// are also English or French words ("die", "per", "non", "es", "van") are left out. Greetings and thanks count twice.
    /// </summary>
    private static readonly FrozenSet<string> Other = FrozenSet.Create(StringComparer.Ordinal,
        "ik", "wil", "mijn", "het", "een", "niet", "voor", "heb", "kan", "graag", "vlucht", "stoel", "waar", "alstublieft", "jullie",
        "uw", "zijn", "naar", "ook", "maar", "nog", "geen", "inchecken", "reservering", "boeking", "vertraagd", "moet", "hebben",
        "welke", "waarom", "wanneer", "hallo", "ich", "mein", "meine", "meinen", "nicht", "und", "der", "das", "ist", "ein", "eine",
        "einen", "fur", "von", "zu", "wo", "wie", "flug", "sitzplatz", "gepack", "bitte", "habe", "mochte", "ihr", "sie", "wir",
        "auf", "auch", "aber", "noch", "kein", "keine", "koffer", "buchung", "verspatet", "warum", "wann", "sind", "quiero", "mi",
        "mis", "el", "los", "las", "una", "por", "para", "esta", "estoy", "tengo", "puedo", "vuelo", "asiento", "maleta",
        "equipaje", "donde", "cuando", "pero", "tambien", "muy", "del", "necesito", "cambiar", "reserva", "retrasado", "porque",
        "hay", "voglio", "gli", "mio", "mia", "sono", "ho", "posso", "volo", "posto", "bagaglio", "valigia", "che", "della",
        "cambiare", "prenotazione", "ritardo", "aiuto", "vorrei", "perche", "anche", "questo", "quero", "meu", "minha", "voo",
        "assento", "mala", "bagagem", "onde", "nao", "sim", "uma", "com", "estou", "preciso", "atrasado", "ajuda", "voce", "isso",
        "hoi", "goedemorgen", "goedemiddag", "goedenavond", "bedankt", "dank", "danke", "guten", "hola", "gracias", "buenos",
        "buenas", "grazie", "buongiorno", "buonasera", "ola", "obrigado", "obrigada", "bom", "boa");

    private static readonly FrozenSet<string> OtherGreetings = FrozenSet.Create(StringComparer.Ordinal,
        "hoi", "goedemorgen", "goedemiddag", "goedenavond", "bedankt", "danke", "guten", "hola", "gracias", "buenos", "buenas",
        "grazie", "buongiorno", "buonasera", "ola", "obrigado", "obrigada");

    /// <summary>
    /// Whether the text is written in a language the bot does not speak ("Hallo, ik wil inchecken", « Hola, quiero cambiar mi
    /// asiento »): at least two points of such words (a greeting or thanks is two), and more than its English and French words.
    /// </summary>
    public static bool IsOtherLanguage(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        double known = 0, other = 0;
        foreach (var token in AnswerTokenizer.Tokenize(text.Length > 2000 ? text[..2000] : text))
        {
            var word = token.Folded;
            if (English.Contains(word) || French.Contains(word) || FrenchGreetings.Contains(word)) known++;
            else if (Other.Contains(word)) other += OtherGreetings.Contains(word) ? 2 : 1;
        }
        return other >= 2 && other > known;
    }

    public static LanguageGuess Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new LanguageGuess(null, 0);
        double en = 0, fr = 0;
        var sample = text.Length > 2000 ? text[..2000] : text;
        foreach (var c in sample)
        {
            if (c is 'é' or 'è' or 'ê' or 'à' or 'ç' or 'ù' or 'â' or 'î' or 'ô' or 'û' or 'ë' or 'ï' or 'œ' or 'É' or 'À') fr += 0.5;
        }
        var tokens = AnswerTokenizer.Tokenize(sample);
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].Folded;
            var apostrophe = i + 1 < tokens.Length && tokens[i].Start + tokens[i].Length < sample.Length
                && TextFolding.IsApostrophe(sample[tokens[i].Start + tokens[i].Length]);
            if (apostrophe && word is "c" or "j" or "l" or "d" or "n" or "qu" or "m" or "s" or "t" && i + 1 < tokens.Length && tokens[i + 1].Folded.Length > 1) { fr += 1.5; continue; }
            if (apostrophe && word.EndsWith('n') && i + 1 < tokens.Length && tokens[i + 1].Folded == "t") { en += 1.5; continue; }
            var inEn = English.Contains(word);
            var inFr = French.Contains(word) || FrenchGreetings.Contains(word);
            if (inEn && !inFr) en += 1;
            else if (inFr && !inEn) fr += FrenchGreetings.Contains(word) ? 2 : 1;
        }
        var total = en + fr;
        if (total < 1) return new LanguageGuess(null, 0);
        var margin = Math.Abs(en - fr) / total;
        var amount = Math.Min(1.0, total / 4.0);
        if (margin < 0.2) return new LanguageGuess(null, Math.Round(margin * amount, 2));
        return new LanguageGuess(en > fr ? "en" : "fr", Math.Round(margin * amount, 2));
    }
}
