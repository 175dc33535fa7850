using System.Globalization;
using System.Text;
using DarkSocialBot.Core.Attribution;

namespace DarkSocialBot.Core.Sentiment;

/// <summary>
/// VADER's tokenisation: split on white space, strip leading/trailing punctuation from words but keep emoticons (":)", ":-(")
/// whole. Emoji become tokens of their own even when glued to words ("super😍"). French also splits elisions ("n'est" -> "n",
/// "est") and folds accents in the key; English keeps contractions ("don't") as VADER does.
/// </summary>
internal static class SentimentTokenizer
{
    /// <summary>Longer messages are scored on their first 20,000 characters.</summary>
    public const int MaxChars = 20_000;

    public static List<SentimentToken> Tokenize(string text, bool french, Func<string, bool> isEmoticon)
    {
        var tokens = new List<SentimentToken>(16);
        var span = text.AsSpan(0, Math.Min(text.Length, MaxChars));
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && char.IsWhiteSpace(span[i])) i++;
            var start = i;
            while (i < span.Length && !char.IsWhiteSpace(span[i])) i++;
            if (i > start) AddChunk(span[start..i], tokens, french, isEmoticon);
        }
        return tokens;
    }

    private static void AddChunk(ReadOnlySpan<char> chunk, List<SentimentToken> tokens, bool french, Func<string, bool> isEmoticon)
    {
        var pieceStart = 0;
        var i = 0;
        while (i < chunk.Length)
        {
            if (Rune.DecodeFromUtf16(chunk[i..], out var rune, out var used) == System.Buffers.OperationStatus.Done && IsEmoji(rune))
            {
                AddPiece(chunk[pieceStart..i], tokens, french, isEmoticon);
                var key = rune.ToString();
                tokens.Add(new SentimentToken(key, key, false, false, IsEmoji: true));
                i += used;
                while (i < chunk.Length && Rune.DecodeFromUtf16(chunk[i..], out var mod, out var modUsed) == System.Buffers.OperationStatus.Done && IsModifier(mod)) i += modUsed;
                pieceStart = i;
                continue;
            }
            if (french && TextFolding.IsApostrophe(chunk[i]) && i > pieceStart && i + 1 < chunk.Length && char.IsLetter(chunk[i + 1]))
            {
                AddPiece(chunk[pieceStart..i], tokens, french, isEmoticon);
                pieceStart = i + 1;
            }
            i += used > 0 ? used : 1;
        }
        AddPiece(chunk[pieceStart..], tokens, french, isEmoticon);
    }

    private static void AddPiece(ReadOnlySpan<char> piece, List<SentimentToken> tokens, bool french, Func<string, bool> isEmoticon)
    {
        if (piece.IsEmpty) return;
        var stripped = piece.Trim(Punctuation);
        var endsClause = piece[^1] is ',' or '.' or ';' or '!' or '?' or ':';
        string text;
        if (stripped.IsEmpty)
        {
            if (piece.Length < 2) return;
            text = piece.ToString(); // an emoticon made of punctuation only: ":)", ":-(", "<3"
        }
        else if (stripped.Length < piece.Length && isEmoticon(piece.ToString())) text = piece.ToString(); // ":D", ":-p"
        else text = stripped.ToString();
        if (!french) text = text.Replace('\u2019', '\'');
        var key = french ? TextFolding.Fold(text) : text.ToLowerInvariant();
        tokens.Add(new SentimentToken(text, key, IsUpper(text), endsClause, IsEmoji: false));
    }

    private const string Punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u2019\u2018\u201C\u201D\u00AB\u00BB\u2026";

    /// <summary>Python's str.isupper: at least one cased letter and no lower-case one.</summary>
    private static bool IsUpper(string s)
    {
        var cased = false;
        foreach (var c in s)
        {
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) cased = true;
        }
        return cased;
    }

    private static bool IsEmoji(Rune rune) =>
        rune.Value is >= 0x1F000 and <= 0x1FAFF or >= 0x2600 and <= 0x27BF or >= 0x2B00 and <= 0x2BFF
        && Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol or UnicodeCategory.OtherNotAssigned;

    private static bool IsModifier(Rune rune) => rune.Value is 0xFE0F or 0xFE0E or 0x200D or >= 0x1F3FB and <= 0x1F3FF;
}
