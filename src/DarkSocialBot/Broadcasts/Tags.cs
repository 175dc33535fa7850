using System.Text.RegularExpressions;

namespace DarkSocialBot.Broadcasts;

/// <summary>Subscriber tags: short lower-case words, stored as <c>|vip|frequent|</c> so one LIKE finds one.</summary>
internal static partial class Tags
{
    [GeneratedRegex("^[a-z0-9_-]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Valid();

    /// <summary>The length of the stored column (<c>subscribers.tags</c>) that <see cref="Join"/> must fit.</summary>
    public const int MaxStoredLength = 1024;

    public static bool IsValid(string? tag) => tag is not null && Valid().IsMatch(tag.Trim().ToLowerInvariant());

    public static string Join(IEnumerable<string>? tags)
    {
        var list = (tags ?? []).Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "|" : "|" + string.Join('|', list) + "|";
    }

    public static string[] Split(string stored) => stored.Split('|', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The LIKE pattern matching subscribers with <paramref name="tag"/>.</summary>
    public static string Pattern(string tag) => $"%|{tag.ToLowerInvariant()}|%";
}
