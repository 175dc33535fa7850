using System.Text;

namespace DarkSocialBot.Core.Attribution;

/// <summary>
/// Splits an answer into folded word tokens: letters and digits only, so apostrophes split elisions ("m'en" -> "m", "en";
/// "l'appli" -> "l", "appli"; "don't" -> "don", "t"), hyphens split compounds ("co-worker" -> "co", "worker") and emoji,
/// punctuation and URLs' separators vanish. "@handles" are reported separately.
/// </summary>
internal static class AnswerTokenizer
{
    /// <summary>Answers longer than this are cut: a "how did you hear about us" answer is a sentence, not an essay.</summary>
    public const int MaxChars = 1000;

    public static AnswerToken[] Tokenize(string text, List<string>? handles = null)
    {
        var length = Math.Min(text.Length, MaxChars);
        var tokens = new List<AnswerToken>(16);
        var builder = new StringBuilder(24);
        var i = 0;
        while (i < length)
        {
            var c = text[i];
            if (c == '@' && handles is not null && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                var end = i + 1;
                while (end < length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '.')) end++;
                if (end - i > 2) handles.Add(text[i..end].TrimEnd('.'));
                i = end;
                continue;
            }
            if (!char.IsLetterOrDigit(c)) { i++; continue; }
            var start = i;
            builder.Clear();
            while (i < length && char.IsLetterOrDigit(text[i]))
            {
                TextFolding.Append(builder, text[i]);
                i++;
            }
            tokens.Add(new AnswerToken(builder.ToString(), start, i - start, char.IsUpper(text[start])));
        }
        return [.. tokens];
    }

    /// <summary>Folds and tokenises a keyword phrase the same way answers are tokenised.</summary>
    public static string[] Words(string phrase) => [.. Tokenize(phrase).Select(t => t.Folded)];
}
