using System.Text.RegularExpressions;
using System.Text;
using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Core.Privacy;

/// <summary>
/// Finds names introduced by a cue and replaces them with [name]. Strong cues ("my name is", "je m'appelle") take up to three
/// following words in any case; weak cues ("I'm", "I am", "this is", "c'est", and a relation: "my colleague", "ma copine",
/// "mon frère") only a capitalised word that is not a common English or French word ("I'm Happy", "I'm French" and
/// "my friend WhatsApp'd me" stay).
/// </summary>
internal static partial class NameIntroductions
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "et", "from", "de", "i", "je", "my", "mon", "ma", "but", "mais", "so", "and", "the", "a", "an", "le", "la", "un", "une",
        "not", "very", "so", "sorry", "here", "good", "fine", "ok", "okay", "happy", "sad", "looking", "trying", "travelling",
        "traveling", "flying", "calling", "writing", "waiting", "french", "english", "american", "british", "canadian", "dutch",
        "german", "belgian", "swiss", "still", "just", "also", "really", "going", "interested", "booked", "on", "in", "at", "with",
        "your", "a", "from", "afraid", "glad", "pleased", "confused", "annoyed", "angry", "disappointed", "sure", "not", "no", "yes",
        "thanks", "merci", "bonjour", "hello", "hi", "what", "how", "it", "that", "this", "great", "nice", "perfect", "top",
        "super", "pas", "ne", "vrai", "bien", "moi", "ca", "ça", "quoi", "qui", "frustrated", "late", "stuck", "lost", "back",
        "about", "done", "ready", "new", "mr", "mrs", "ms", "dr", "mme", "m", "mlle",
        // Where someone heard of us is no name: "my friend WhatsApp'd me", "ma sœur Instagram" keep the channel.
        "whatsapp", "instagram", "facebook", "messenger", "tiktok", "youtube", "linkedin", "twitter", "snapchat", "telegram",
        "signal", "slack", "discord", "google", "sms", "email", "mail", "imessage", "x",
    };

    public static string Replace(string text)
    {
        var matches = Cue().Matches(text);
        if (matches.Count == 0) return text;
        var builder = new StringBuilder(text.Length);
        var last = 0;
        foreach (Match cue in matches)
        {
            if (cue.Index < last) continue;
            var strong = cue.Groups["strong"].Success;
            var (start, end) = NameAfter(text, cue.Index + cue.Length, strong);
            if (end <= start) continue;
            builder.Append(text, last, start - last).Append(PiiScrubber.NameToken);
            last = end;
        }
        return builder.Append(text, last, text.Length - last).ToString();
    }

    /// <summary>Up to three name words after the cue: the first capitalised (or any case after a strong cue), the rest in the
    /// same style; a title ("Mr", "Mme") is kept inside the name; common words end the name.</summary>
    private static (int Start, int End) NameAfter(string text, int position, bool strong)
    {
        int start = -1, end = -1, words = 0, i = position;
        var lowerStyle = false;
        while (words < 3 && i < text.Length)
        {
            while (i < text.Length && text[i] == ' ') i++;
            var wordStart = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (i > wordStart && text[i] is '-' or '\'' or '’'))) i++;
            if (i == wordStart) break;
            var word = text[wordStart..i];
            var title = word is "Mr" or "Mrs" or "Ms" or "Dr" or "Mme" or "M" or "Mlle";
            var capitalised = char.IsUpper(word[0]);
            if (!title && (NotNames.Contains(word) || NotNames.Contains(word.Split('\'', '’')[0]))) break;
            if (words == 0 && !capitalised && !strong) break;
            if (words > 0 && !capitalised && !lowerStyle) break;
            if (words == 0) { start = wordStart; lowerStyle = !capitalised; }
            end = i;
            words++;
            if (title && i < text.Length && text[i] == '.') i++;
        }
        return start < 0 ? (0, 0) : (start, end);
    }

    [GeneratedRegex(@"(?<strong>\b(?:my\s+name\s+is|my\s+name's|my\s+name\s+’s|name\s*:|call\s+me|je\s+m['’]\s?appelle|mon\s+(?:nom|prénom|prenom)(?:\s+de\s+famille)?\s+(?:est|c['’]est)|(?:nom|prénom|prenom)\s*:|moi\s*,?\s+c['’]est))\s+|(?<weak>\b(?:I['’]m|I\s+am|this\s+is|c['’]est|ici|(?:my|our|mon|ma|notre)\s+(?:best\s+|old\s+|meilleure?\s+)?(?:friend|mate|colleague|co-?worker|sister|brother|wife|husband|partner|girlfriend|boyfriend|mum|mom|mother|dad|father|son|daughter|cousin|uncle|aunt|boss|neighbou?r|ami|amie|copain|copine|pote|coll[èe]gue|s(?:œ|oe)ur|fr[èe]re|femme|mari|m[èe]re|p[èe]re|fils|fille|cousine|oncle|tante|patronne?|voisine?|compagne|compagnon|cheffe?))\s+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: MatchTimeout.Milliseconds)]
    private static partial Regex Cue();
}
