using System.Text.RegularExpressions;

namespace DarkSocialBot.Broadcasts;

/// <summary><c>{{name}}</c> placeholders in campaign texts and template variables: found, checked and filled in.</summary>
internal static partial class Placeholders
{
    /// <summary>Filled per subscriber; every other placeholder must come from the campaign's data.</summary>
    public static readonly IReadOnlySet<string> BuiltIn = new HashSet<string>(StringComparer.Ordinal) { "name" };

    [GeneratedRegex(@"\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    public static IEnumerable<string> Names(string? text) =>
        string.IsNullOrEmpty(text) ? [] : Pattern().Matches(text).Select(m => m.Groups[1].Value);

    /// <summary>Whether a value put into a text as it is would open or close a placeholder there.</summary>
    public static bool HasSyntax(string text) =>
        text.Contains("{{", StringComparison.Ordinal) || text.Contains("}}", StringComparison.Ordinal);

    /// <summary>Replaces known placeholders; unknown ones are left as they are (validation refuses them earlier).</summary>
    public static string Render(string text, IReadOnlyDictionary<string, string>? values) =>
        values is null || values.Count == 0 || !text.Contains("{{", StringComparison.Ordinal)
            ? text
            : Pattern().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
}
