using DarkSocialBot.Core.Attribution;
using DarkSocialBot.Core.Localization;
using DarkSocialBot.Core.Recognizers;
using DarkSocialBot.Dialogs.Texts;

namespace DarkSocialBot.Dialogs.Attribution;

/// <summary>
/// The options of "how did you hear about us?" and of each follow-up. An option's value is the phrase the classifier reads
/// (the same in every language, so answers combine across languages); follow-up values are whole phrases ("a private message
/// on instagram") that classify on their own. Options are shuffled per customer against order bias; "Other" stays last.
/// </summary>
internal static partial class HowDidYouHearChoices
{
    public const string Other = "other";

    private static readonly (string Value, Func<HdyhauTexts, LocalizedText> Title)[] Main =
    [
        ("a friend", t => t.OptionFriend), ("a post on social media", t => t.OptionSocial), ("podcast", t => t.OptionPodcast),
        ("search engine", t => t.OptionSearch), ("an ad", t => t.OptionAd), ("chatgpt", t => t.OptionAi),
        ("an article", t => t.OptionPress), ("already a customer", t => t.OptionCustomer),
    ];

    private static readonly string[] SkipWords =
        ["skip", "pass", "passer", "je passe", "non merci", "no thanks", "no thank you", "rather not", "prefer not to say", "pas envie"];

    /// <summary>
    /// Whole answers that end the question too (folded: no accents, "don't" is "don t"): "I don't know", or nothing to say
    /// ("nope", "no comment"). Closings ("thanks", a bare "no" or "nothing") are <see cref="ClosingWords"/>; "un ami merci" is
    /// an answer.
    /// </summary>
    private static readonly HashSet<string> EndingAnswers = new(StringComparer.Ordinal)
    {
        "i don t know", "i dont know", "don t know", "no idea", "i don t remember", "i can t remember", "can t remember",
        "je sais pas", "je ne sais pas", "je sais plus", "je ne sais plus", "aucune idee", "je ne me souviens plus",
        "je me souviens plus", "je m en souviens plus", "je ne m en souviens plus",
        "nope", "nah", "nan", "no comment", "rien d autre", "rien a dire", "rien a ajouter", "pas de commentaire",
    };

    /// <summary>
    /// A polite closing: an answer made only of these phrases and words ends the question too, however they are put together
    /// ("merci, c'est tout", "thank you so much, bye!", "ok thanks, have a nice day"); "nice" or "good" alone are comments. A
    /// bare "no" or "nothing" is one too: no question here is yes/no, and "no" is no comment to keep with its sentiment.
    /// </summary>
    private static readonly string[] ClosingPhrases =
        ["thank you", "have a nice day", "have a good day", "bonne journee", "bonne soiree", "au revoir", "that s all", "c est tout"];

    private static readonly HashSet<string> ClosingWords = new(StringComparer.Ordinal)
    {
        "thanks", "thx", "merci", "so", "much", "a", "lot", "beaucoup", "bye", "goodbye", "ok", "okay", "no", "non", "nothing",
        "else", "rien",
    };

    private static readonly Dictionary<string, string> PlatformNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["instagram"] = "Instagram", ["facebook"] = "Facebook", ["tiktok"] = "TikTok", ["youtube"] = "YouTube",
        ["linkedin"] = "LinkedIn", ["x"] = "X", ["pinterest"] = "Pinterest", ["snapchat"] = "Snapchat", ["reddit"] = "Reddit",
    };

    /// <summary>The option values in a stable random order for this customer (the same customer always sees the same order).</summary>
    public static List<string> ShuffledValues(string customerId)
    {
        var values = Main.Select(m => m.Value).ToList();
        var random = new Random(StableSeed(customerId));
        for (var i = values.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
        return values;
    }

    public static IReadOnlyList<Choice> Options(HdyhauTexts texts, IEnumerable<string> order) =>
    [
        .. order.Select(value => Array.Find(Main, m => m.Value == value)).Where(m => m.Value is not null)
            .Select(m => new Choice(m.Value, m.Title(texts))),
        new Choice(Other, texts.OptionOther),
    ];

    /// <summary>The follow-up question for an ambiguous answer, with options when the answer has a few usual kinds.</summary>
    public static (LocalizedText Question, IReadOnlyList<Choice>? Choices) FollowUpFor(HdyhauTexts texts, FollowUp followUp, string? platform)
    {
        var on = platform is not null && PlatformNames.ContainsKey(platform) ? platform.ToLowerInvariant() : "social media";
        return followUp switch
        {
            FollowUp.PlatformKind => (texts.PlatformKind.Fill(("platform", platform is not null && PlatformNames.TryGetValue(platform, out var name) ? name : texts.SocialMedia)),
                [new($"an ad on {on}", texts.KindAd), new($"a post on {on}", texts.KindPost), new($"a creator on {on}", texts.KindCreator),
                 new($"a private message on {on}", texts.KindMessage)]),
            FollowUp.FriendHow => (texts.FriendHow, [new("a friend sent me a link", texts.FriendLink), new("a friend told me in person", texts.FriendInPerson)]),
            FollowUp.AdWhere => (texts.AdWhere,
                [new("an ad on TV", texts.AdTv), new("an ad on the radio", texts.AdRadio), new("an ad on social media", texts.AdSocial),
                 new("an ad on a website", texts.AdWebsite), new("an ad on a billboard", texts.AdStreet)]),
            FollowUp.EmailKind => (texts.EmailKind, [new("your newsletter", texts.EmailNewsletter), new("an email someone forwarded to me", texts.EmailForwarded)]),
            FollowUp.WhichPodcast => (texts.WhichPodcast, null),
            FollowUp.WhichCreator => (texts.WhichCreator, null),
            FollowUp.WhatMadeYouSearch => (texts.WhatMadeYouSearch, null),
            _ => (texts.Clarify, null),
        };
    }

    /// <summary>The option the customer picked: an exact title, value or number, or a close match in a short answer; else null (their own words).</summary>
    public static string? Pick(string text, IReadOnlyList<Choice>? choices, string locale)
    {
        if (choices is not { Count: > 0 } || ChoiceRecognizer.Recognize(text, choices, locale) is not { } found) return null;
        return found.Score >= 0.999 || WordCount(text) <= 3 ? found.Value : null;
    }

    /// <summary>
    /// "skip", "pass", "passer", "non merci"… alone or with a word or two ("skip please", "je passe merci"), or a whole answer
    /// that closes or cannot answer ("thanks", « je sais plus », "merci, c'est tout").
    /// </summary>
    public static bool IsSkip(string text)
    {
        var words = Fold(text);
        var joined = string.Join(' ', words);
        if (words.Length is 0 or > 8) return false;
        if (IsClosing(joined)) return true;
        if (words.Length > 4) return false;
        if (EndingAnswers.Contains(joined)) return true;
        return SkipWords.Any(s => joined == s || joined.StartsWith(s + " ", StringComparison.Ordinal) || joined.EndsWith(" " + s, StringComparison.Ordinal));
    }

    /// <summary>Thanks and nothing else ("thanks!", "great, thank you", « merci beaucoup »): no goodbye, no "no", no answer.</summary>
    public static bool IsThanksOnly(string text)
    {
        var words = Fold(text);
        return words.Length is > 0 and <= 5 && words.Any(ThanksWords.Contains) && words.All(w => ThanksWords.Contains(w) || Reactions.Contains(w));
    }

    /// <summary>
    /// Thanks with nothing but words that strengthen it ("thanks", "thank you so much", « merci beaucoup »), at any question:
    /// "ok thanks" or "great, thanks" may be a yes there, so words of approval do not count.
    /// </summary>
    public static bool IsPlainThanks(string text)
    {
        var words = Fold(text);
        return words.Length is > 0 and <= 5 && words.Any(ThanksWords.Contains) && words.All(w => ThanksWords.Contains(w) || Intensifiers.Contains(w));
    }

    private static readonly HashSet<string> ThanksWords = new(StringComparer.Ordinal)
    {
        "thanks", "thank", "thx", "ty", "tks", "thnx", "thanx", "cheers", "merci", "mrc", "mci", "mercii",
    };

    /// <summary>
    /// "ok cool", « d'accord », "great" and nothing else: the customer acknowledges the answer to their request, and does not
    /// answer the question (which then counts as skipped). Only at the question itself: about a share, "great" is a comment.
    /// </summary>
    public static bool IsAcknowledgement(string text)
    {
        var words = Fold(text);
        return words.Length is > 0 and <= 4 && words.All(AcknowledgementWords.Contains);
    }

    private static readonly HashSet<string> AcknowledgementWords = new(StringComparer.Ordinal)
    {
        "ok", "okay", "okk", "k", "kk", "cool", "great", "nice", "good", "super", "perfect", "awesome", "alright", "noted", "got",
        "it", "parfait", "top", "genial", "d", "accord", "daccord", "dac", "entendu", "bien", "tres", "very", "bon", "oki", "okey",
    };

    /// <summary>A clock time ("the 7:00 one", "7am", « celui de 7h »), a flight number or a booking reference: words about the trip.</summary>
    public static bool IsAboutTheTrip(string text) =>
        ChoiceRecognizer.NamesATimeOfDay(text) || Airline.AirlineEntities.FlightNumber(text) is not null || Airline.AirlineEntities.BookingReference(text) is not null;

    /// <summary>
    /// A goodbye in the answer ("thanks, bye", « merci, c'est tout », "have a nice day", "cya"): the customer is leaving. The
    /// one farewell test: the interruptions ask it too ("thanks, bye" at any question).
    /// </summary>
    public static bool IsFarewell(string text)
    {
        var joined = $" {string.Join(' ', Fold(text))} ";
        return FarewellPhrases.Any(phrase => joined.Contains($" {phrase} ", StringComparison.Ordinal));
    }

    private static readonly string[] FarewellPhrases =
    [
        "bye", "goodbye", "byebye", "bye bye", "ciao", "cya", "see you", "see ya", "have a nice day", "have a good day", "that s all", "thats all", "nothing else",
        "au revoir", "a bientot", "bonne journee", "bonne soiree", "c est tout", "rien d autre",
    ];

    private static readonly HashSet<string> Intensifiers = new(StringComparer.Ordinal)
    {
        "you", "so", "much", "very", "a", "lot", "many", "beaucoup", "bien", "bcp", "vm",
    };

    private static readonly HashSet<string> Reactions = new(
        [.. Intensifiers, "great", "perfect", "super", "parfait", "ok", "okay", "cool", "top", "nice", "genial"], StringComparer.Ordinal);

    private static bool IsClosing(string words)
    {
        var rest = $" {words} ";
        foreach (var phrase in ClosingPhrases) rest = rest.Replace($" {phrase} ", " ", StringComparison.Ordinal);
        return rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(ClosingWords.Contains);
    }

    /// <summary>Lower case, accents and punctuation removed, split into words.</summary>
    private static string[] Fold(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>FNV-1a: the same seed on every machine and run (string.GetHashCode is randomised per process).</summary>
    private static int StableSeed(string value)
    {
        var hash = 2166136261u;
        foreach (var c in value) hash = (hash ^ c) * 16777619u;
        return (int)(hash & 0x7FFFFFFF);
    }
}
