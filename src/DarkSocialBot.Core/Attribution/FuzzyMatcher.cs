using System.Collections.Frozen;

namespace DarkSocialBot.Core.Attribution;

/// <summary>
/// Typo-tolerant lookup of single keywords: optimal-string-alignment (restricted Damerau-Levenshtein) distance ≤ 1 for tokens
/// of 5+ characters ("whatsap", "instagarm", "podacst"). Candidates come from a precomputed one-deletion index (SymSpell's idea),
/// so a lookup costs a handful of dictionary probes, never a scan of the vocabulary.
/// </summary>
internal sealed class FuzzyMatcher
{
    public const int MinLength = 5;
    private readonly FrozenDictionary<string, string[]> _deletions;
    private readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public FuzzyMatcher(IEnumerable<string> keywords)
    {
        var index = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var keyword in keywords.Where(k => k.Length >= MinLength).Distinct(StringComparer.Ordinal))
        {
            Add(index, keyword, keyword);
            for (var i = 0; i < keyword.Length; i++) Add(index, keyword.Remove(i, 1), keyword);
        }
        _deletions = index.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _lookup = _deletions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The keyword within one edit of <paramref name="token"/> (the first found), or null.</summary>
    public string? Find(string token)
    {
        if (token.Length < MinLength || token.Length > 30) return null;
        var best = Check(token, _lookup.TryGetValue(token, out var exact) ? exact : null);
        if (best is not null) return best;
        Span<char> buffer = stackalloc char[token.Length];
        for (var i = 0; i < token.Length; i++)
        {
            token.AsSpan(0, i).CopyTo(buffer);
            token.AsSpan(i + 1).CopyTo(buffer[i..]);
            if (_lookup.TryGetValue(buffer[..(token.Length - 1)], out var candidates) && Check(token, candidates) is { } hit) return hit;
        }
        return null;
    }

    private static string? Check(string token, string[]? candidates)
    {
        if (candidates is null) return null;
        foreach (var candidate in candidates)
        {
            if (candidate.Length >= MinLength && Distance(token, candidate) <= 1) return candidate;
        }
        return null;
    }

    private static void Add(Dictionary<string, HashSet<string>> index, string key, string keyword)
    {
        if (!index.TryGetValue(key, out var set)) index[key] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(keyword);
    }

    /// <summary>Optimal string alignment distance (insert, delete, substitute, swap adjacent), capped early at 2.</summary>
    internal static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return 2;
        var rows = new int[3, b.Length + 1];
        for (var j = 0; j <= b.Length; j++) rows[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            int cur = i % 3, prev = (i - 1) % 3, prev2 = (i + 1) % 3;
            rows[cur, 0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(rows[prev, j] + 1, rows[cur, j - 1] + 1), rows[prev, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = Math.Min(d, rows[prev2, j - 2] + 1);
                rows[cur, j] = d;
            }
        }
        return rows[a.Length % 3, b.Length];
    }
}
