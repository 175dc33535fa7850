using System.Text.RegularExpressions;
using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Core.Privacy;

/// <summary>
/// Strips personal data from free text before it is exported or kept for re-classification: e-mail addresses -> [email];
/// phone numbers (international "+33 6 12 34 56 78", "0033…", French "06.12.34.56.78", US "(415) 555-0132"; 9-15 digits with
/// spaces, dots, dashes or brackets) -> [phone]; names after an introduction -> [name] ("my name is …", "je m'appelle …",
/// "mon nom est …", "moi c'est …"; "I'm …"/"this is …" and a relation, "my colleague …", "ma copine …", only before a
/// capitalised name that is not a common word); social handles ("@paulmartin") -> [handle].
/// Regexes are source-generated once; the scrubber is stateless and thread-safe. Over-scrubbing long digit runs is deliberate.
/// </summary>
public static partial class PiiScrubber
{
    public const string EmailToken = "[email]";
    public const string PhoneToken = "[phone]";
    public const string NameToken = "[name]";
    public const string HandleToken = "[handle]";

    /// <summary>Returns the text with e-mails, phone numbers and introduced names replaced; null gives "". Never throws.</summary>
    public static string Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var scrubbed = Email().Replace(text, EmailToken);
        scrubbed = Phone().Replace(scrubbed, m => DigitCount(m.ValueSpan) is >= 9 and <= 15 ? PhoneToken : m.Value);
        scrubbed = Handle().Replace(scrubbed, HandleToken);
        return NameIntroductions.Replace(scrubbed);
    }

    private static int DigitCount(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var c in s) if (char.IsAsciiDigit(c)) n++;
        return n;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: MatchTimeout.Milliseconds)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w(])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: MatchTimeout.Milliseconds)]
    private static partial Regex Handle();

    [GeneratedRegex(@"(?<![\w+])(?:\+|00)?\(?\d[\d\s().\-]{6,22}\d(?![\w])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: MatchTimeout.Milliseconds)]
    private static partial Regex Phone();
}
