using System.Text.Encodings.Web;

namespace DarkSocialBot.Http;

/// <summary>
/// JSON written as UTF-8 as it is: "é", "ß", "😟" stay themselves instead of <c>\u00E9</c> or <c>\uD83D\uDE1F</c> (even
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> escapes every character beyond U+FFFF). Only what JSON needs is
/// escaped: the quote, the backslash and control characters, and U+2028/U+2029, which older JavaScript cannot read in a
/// string. HTML's <c>&lt; &gt; &amp; '</c> are left too: the admin API's JSON is served as <c>application/json</c> and read
/// with <c>JSON.parse</c>, never written into a page (JSON embedded in HTML would need them escaped: use the default encoder there).
/// </summary>
internal sealed class Utf8JsonEncoder : JavaScriptEncoder
{
    public static readonly Utf8JsonEncoder Instance = new();

    private Utf8JsonEncoder()
    {
    }

    /// <summary><c>\uXXXX</c>.</summary>
    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar is < 0x20 or '"' or '\\' or 0x2028 or 0x2029 or (>= 0xD800 and <= 0xDFFF) or > 0x10FFFF;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < textLength && char.IsLowSurrogate(text[i + 1]))
            {
                i++; // a character beyond U+FFFF, written as it is
                continue;
            }
            if (WillEncode(text[i])) return i;
        }
        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var text = !WillEncode(unicodeScalar) ? char.ConvertFromUtf32(unicodeScalar) : unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\b' => "\\b",
            '\f' => "\\f",
            < 0xD800 or (> 0xDFFF and <= 0xFFFF) => $"\\u{unicodeScalar:X4}",
            _ => "\\uFFFD", // half a surrogate pair: not a character
        };
        numberOfCharactersWritten = 0;
        if (text.Length > bufferLength) return false;
        for (var i = 0; i < text.Length; i++) buffer[i] = text[i];
        numberOfCharactersWritten = text.Length;
        return true;
    }
}
