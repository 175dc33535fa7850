namespace DarkSocialBot.Channels;

/// <summary>Splits a long text into parts a channel accepts, on line or word boundaries (never inside a surrogate pair).</summary>
public static class TextSplitter
{
    public static IReadOnlyList<string> Split(string? text, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 2);
        var parts = new List<string>();
        var rest = (text ?? "").AsSpan().Trim();
        while (rest.Length > limit)
        {
            var cut = BestCut(rest[..(limit + 1)], limit);
            var part = rest[..cut].TrimEnd();
            if (part.Length > 0) parts.Add(part.ToString());
            rest = rest[cut..].TrimStart();
        }
        if (rest.Length > 0) parts.Add(rest.ToString());
        return parts;
    }

    /// <summary>Where to cut <paramref name="window"/> (limit + 1 chars, so a space right after the limit counts) keeping at most limit chars.</summary>
    private static int BestCut(ReadOnlySpan<char> window, int limit)
    {
        var newline = window.LastIndexOf('\n');
        if (newline >= limit / 2) return newline;
        for (var i = window.Length - 1; i > 0; i--)
            if (char.IsWhiteSpace(window[i])) return i;
        return char.IsHighSurrogate(window[limit - 1]) ? limit - 1 : limit; // one long word: cut it
    }
}
