using System.Text.RegularExpressions;
using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Dialogs.Airline;

/// <summary>
/// Finds booking references ("ABC123", "abc-123"), flight numbers ("NM 1234", "nm1234") and seats ("12A") in what customers
/// write. A reference mixes letters and digits (a plain six-letter word is a word); a flight number is two letters and 2-4
/// digits, in capitals, written together or with our own code NM in any case ("nm 202"), so "le 12" is not one.
/// </summary>
internal static partial class AirlineEntities
{
    /// <summary>Our airline's code: "flight 202" is NM 202.</summary>
    public const string OwnCode = "NM";

    /// <summary>Words a last name has at most: "De La Fontaine" has three, a sentence more.</summary>
    public const int MaxNameWords = 3;

    // Words that are never (part of) a last name, in English and French: answers, thanks, greetings, commands, picks from a
    // list, question words, fillers. Particles of real names ("le", "de", "van") are not here: "Le Gall" is a name.
    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "yes", "yeah", "yep", "yup", "no", "nope", "nah", "ok", "okay", "okey", "kk", "sure", "oui", "ouais", "ouai", "non", "nan",
        "d'accord", "daccord", "dac", "thanks", "thank", "thx", "cheers", "please", "pls", "plz", "merci", "beaucoup", "svp", "stp",
        "s'il", "plaît", "plait", "hi", "hello", "hey", "bye", "goodbye", "bonjour", "bonsoir", "salut", "coucou", "help", "aide",
        "cancel", "annuler", "stop", "menu", "agent", "human", "humain", "first", "second", "third", "last", "premier", "première",
        "premiere", "deuxième", "deuxieme", "dernier", "dernière", "derniere", "what", "why", "how", "when", "where", "who",
        "which", "then", "quoi", "pourquoi", "comment", "quand", "où", "idk", "dunno", "maybe", "peut-être", "now", "today",
        "tomorrow", "tonight", "asap", "maintenant", "demain", "aujourd'hui",
    };

    /// <summary>Normalised (upper case, no space) flight number, or null.</summary>
    public static string? FlightNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var match = FlightNumberPattern().Match(Clip(text));
        if (!match.Success) return null;
        return ((match.Groups["a"].Success ? match.Groups["a"].Value : OwnCode) + match.Groups["n"].Value).ToUpperInvariant();
    }

    /// <summary>"NM1234" as printed: "NM 1234".</summary>
    public static string DisplayFlightNumber(string number) => number.Length > 2 ? $"{number[..2]} {number[2..]}" : number;

    /// <summary>The text with its first flight number taken out.</summary>
    public static string WithoutFlightNumber(string text) => FlightNumberPattern().Replace(Clip(text), " ", 1);

    /// <summary>
    /// A booking reference (upper case, written together: "abc 123" gives "ABC123"), or null. A token shaped like a flight
    /// number is not one.
    /// </summary>
    public static string? BookingReference(string? text) => FindReference(text).Value;

    /// <summary>The text with its booking reference taken out (as <see cref="BookingReference"/> finds it), or the text itself.</summary>
    public static string WithoutBookingReference(string text) =>
        FindReference(text).Match is { } match ? $"{Clip(text)[..match.Index]} {Clip(text)[(match.Index + match.Length)..]}" : text;

    /// <summary>
    /// The last name written with a booking reference when it is said clearly, else null (and it is asked for). Two forms:
    /// after "name", "last name", "surname", "nom", "nom de famille" or "au nom de", ending the message or its sentence
    /// ("ABC123, name Dupont", "abc123 nom dupont please"); or the one word that ends the message right after the reference
    /// ("check me in for DEF456 bernard"), unless <paramref name="isKnownWord"/> says the bot reads it otherwise ("DEF456
    /// seat", "ABC123 tomorrow"). Not two words after the reference, nor a name before it without "name".
    /// </summary>
    public static string? LastNameWithReference(string? text, Func<string, bool> isKnownWord)
    {
        if (FindReference(text).Match is not { } match) return null;
        var clipped = Clip(text!);
        if (NamedPattern().Match(clipped) is { Success: true } named)
            return LastName(string.Join(' ', named.Groups["name"].Value.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries)
                .Reverse().SkipWhile(NotNameWords.Contains).Reverse()));
        return LoneWordPattern().Match(clipped[(match.Index + match.Length)..]) is { Success: true } lone
            && !isKnownWord(lone.Groups["name"].Value)
                ? LastName(lone.Groups["name"].Value)
                : null;
    }

    /// <summary>
    /// Words that may be the last name beside a reference though it is not said clearly (« mon vol XYZ789 martin il est à
    /// l'heure ? », "dupont ABC123 change my seat"): the word right after the reference, then the one right before it, when
    /// each could be a name; then the message's other words ("DEF456 is mine... bernard, can I take 2 suitcases?"), at most
    /// <see cref="MaxOtherGuesses"/>. Only the booking can tell, so a guess is used when it matches one and never counts as a wrong name.
    /// </summary>
    public static IEnumerable<string> LastNameGuesses(string? text)
    {
        if (FindReference(text).Match is not { } match) yield break;
        var clipped = Clip(text!);
        var after = WordAfterPattern().Match(clipped[(match.Index + match.Length)..]);
        var before = WordBeforePattern().Match(clipped[..match.Index]);
        var guessed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in new[] { after, before }.Where(m => m.Success).Select(m => m.Groups["name"].Value))
            if (LastName(word) is { } name && guessed.Add(name)) yield return name;
        var others = clipped.Remove(match.Index, match.Length).Split([' ', ',', '.', '!', '?', ';', ':', '…'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in others.Where(w => w.Length > 2).Take(MaxOtherGuesses))
            if (LastName(word) is { } name && guessed.Add(name)) yield return name;
    }

    private const int MaxOtherGuesses = 12;

    private static (Match? Match, string? Value) FindReference(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        foreach (Match match in ReferencePattern().Matches(Clip(text)))
        {
            var value = string.Concat(match.Value.Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();
            if (!FlightShaped().IsMatch(value)) return (match, value);
        }
        return (null, null);
    }

    /// <summary>A seat such as "12A" (upper case), or null.</summary>
    public static string? Seat(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var match = SeatPattern().Match(Clip(text));
        return match.Success ? $"{int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)}{match.Groups[2].Value.ToUpperInvariant()}" : null;
    }

    /// <summary>
    /// A last name as typed ("dupont" -> "Dupont"): letters, spaces, hyphens and apostrophes, 2 to 40 characters, at most
    /// <see cref="MaxNameWords"/> words ("De La Fontaine"). Not a question ("ok when then?") and nothing with a word that is
    /// not a name: an answer to something else (yes, no, ok, thanks, merci, oui, "le premier") or a question word; unless
    /// <paramref name="oneAnswerWord"/> lets one such word alone through ("No" is a surname too: only the booking can tell).
    /// </summary>
    public static string? LastName(string? text, bool oneAnswerWord = false)
    {
        var trimmed = text?.Trim().Trim('.', '!', ',').Replace('’', '\'');
        if (trimmed is not null) trimmed = NameIntroPattern().Replace(trimmed, "", 1); // "c'est Dupont", "Mme Dupont": Dupont
        if (trimmed is null || trimmed.Length is < 2 or > 40 || !NamePattern().IsMatch(trimmed)) return null;
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxNameWords || (words.Any(NotNameWords.Contains) && !(oneAnswerWord && words.Length == 1))) return null;
        return string.Join(' ', words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private static string Clip(string text) => text.Length > 1000 ? text[..1000] : text;

    /// <summary>
    /// Two capitals and 2-4 digits ("NM 1234", "NM12"), any case written together with 3-4 digits ("nm1234"), or our own
    /// code in any case ("nm 202", "Nm 12"): other lower-case pairs before a number are words ("le 12", "at 10", "on 15").
    /// "flight 202" / « vol 202 » without a code is ours, unless a unit follows ("flight 10 minutes late", « vol 2000 euros »).
    /// Case rules are inside the pattern, so it reads the same with or without IgnoreCase; also used by the flight status
    /// intent's pattern.
    /// </summary>
    public const string FlightNumberSource =
        @"(?<![\p{L}\d])(?:(?<a>(?-i:[A-Z]{2}))\s?(?<n>\d{2,4})|(?<a>[a-zA-Z]{2})(?<n>\d{3,4})|(?<a>[Nn][Mm])\s?(?<n>\d{2,4})"
        + @"|(?i:flight|vol)\s+(?:n[°o]\.?\s*)?(?<n>\d{2,4})(?!\s*(?i:min|mn|minutes?|hours?|hrs?|h|heures?|kg|kilos?|€|\$|eur|euros?|dollars?)(?![\p{L}])))(?![\p{L}\d])";

    [GeneratedRegex(FlightNumberSource, RegexOptions.CultureInvariant, MatchTimeout.Milliseconds)]
    private static partial Regex FlightNumberPattern();

    /// <summary>
    /// A demo reference (three letters, three digits) written apart by one space or hyphen: "abc 123", "ABC-123". Not after a
    /// common word, unit or currency ("for 100", "vol 202", "eur 150") nor at the start of a longer number ("tel 612 345 678").
    /// Also used by the booking intent's pattern.
    /// </summary>
    public const string SeparatedReferencePattern =
        @"(?<![\p{L}\d])(?!(?i:" + NotReferenceWords + @")[ -])[A-Za-z]{3}[ -]\d{3}(?![\p{L}\d])(?![ .\-]\d)";

    // Three-letter words, units and currencies that come before numbers in English and French ("vol" is a flight).
    private const string NotReferenceWords =
        "the|for|and|are|was|its|our|you|yes|one|two|six|ten|day|out|off|per|pay|all|any|not|but|got|get|buy|add|has|had"
        + "|now|due|via|row|bag|bus|car|fee|ref|tel|fax|mob|num|nos|qty|flt|max|min|sec|hrs|kgs|lbs|cms|kms|eur|usd|gbp"
        + "|cad|chf|les|des|une|est|pas|sur|par|aux|mes|ses|vos|que|qui|moi|vol|env";

    // Six letters and digits mixing both, written together ("ABC123", "x7k2pq"), or a demo reference written apart.
    [GeneratedRegex(@"(?<![\p{L}\d])(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{6}(?![\p{L}\d])|" + SeparatedReferencePattern,
        RegexOptions.CultureInvariant, MatchTimeout.Milliseconds)]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"^[A-Z]{2}\d{4}$", RegexOptions.CultureInvariant, MatchTimeout.Milliseconds)]
    private static partial Regex FlightShaped();

    [GeneratedRegex(@"(?<![\p{L}\d])([1-9]\d?)\s?([A-Ka-k])(?![\p{L}\d])", RegexOptions.CultureInvariant, MatchTimeout.Milliseconds)]
    private static partial Regex SeatPattern();

    [GeneratedRegex(@"^[\p{L}][\p{L}' \-]*[\p{L}]$", RegexOptions.CultureInvariant, MatchTimeout.Milliseconds)]
    private static partial Regex NamePattern();

    // What people put before a name: "it's", « c'est », "my name is", « je m'appelle », a title (Mr, Mrs, Mme, Mlle, Dr…).
    [GeneratedRegex(@"^(?:(?:it's|it is|c'est|my (?:last )?name is|(?:the )?(?:last )?name is|je m'appelle|mon nom (?:de famille )?(?:est|c'est))\s+)?(?:(?:mr|mrs|ms|miss|mister|dr|mme|mlle|madame|monsieur|mademoiselle)\.?\s+)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout.Milliseconds)]
    private static partial Regex NameIntroPattern();

    // "name Dupont", "last name: Le Gall", "my name is Dupont", "nom dupont", "au nom de Martin": up to four words (a trailing
    // "please" is dropped), then the end of the message, of its sentence, or "and" / « et » ("my name is Marie Dupont and my
    // booking is ABC123").
    [GeneratedRegex(@"(?<!\p{L})(?:last\s+name|family\s+name|surname|name|au\s+nom\s+de|nom\s+de\s+famille|nom)(?:\s*[:=]\s*|\s+(?:is|est)\s+|\s+)"
        + @"(?<name>\p{L}[\p{L}'’\-]*(?:\s+\p{L}[\p{L}'’\-]*){0,3}?)\s*(?:[.,;!?]|$|\s(?:and|et)\s)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex NamedPattern();

    // The word right after a reference (", martin il est…") and the one right before it ("dupont ABC123").
    [GeneratedRegex(@"^\s*[,:\-]?\s*(?<name>\p{L}[\p{L}'’\-]*)(?![\p{L}\d])", RegexOptions.CultureInvariant, MatchTimeout.Milliseconds)]
    private static partial Regex WordAfterPattern();

    [GeneratedRegex(@"(?<![\p{L}\d'’\-])(?<name>\p{L}[\p{L}'’\-]*)\s*[,:\-]?\s*$", RegexOptions.CultureInvariant, MatchTimeout.Milliseconds)]
    private static partial Regex WordBeforePattern();

    // What follows a reference when it is one word and the end: ", bernard", " Dupont!".
    [GeneratedRegex(@"^\s*[,:\-]?\s*(?<name>\p{L}[\p{L}'’\-]*)\s*[.!]*\s*$", RegexOptions.CultureInvariant, MatchTimeout.Milliseconds)]
    private static partial Regex LoneWordPattern();
}
