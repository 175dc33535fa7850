using System.Globalization;
using DarkSocialBot.Core.Attribution;

namespace DarkSocialBot.Core.Sentiment;

/// <summary>Reads the embedded lexicons (token TAB valence, '#' comments). Later duplicates win, as in VADER's Python loader.</summary>
internal static class LexiconLoader
{
    public static Dictionary<string, double> Load(string name, bool fold)
    {
        using var stream = typeof(LexiconLoader).Assembly.GetManifestResourceStream($"DarkSocialBot.Sentiment.{name}")
            ?? throw new InvalidOperationException($"Embedded lexicon {name} is missing.");
        using var reader = new StreamReader(stream);
        var lexicon = new Dictionary<string, double>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var end = line.IndexOf('\t', tab + 1);
            var value = line.AsSpan(tab + 1, (end < 0 ? line.Length : end) - tab - 1);
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var valence)) continue;
            var token = line[..tab];
            lexicon[fold ? TextFolding.Fold(token) : token.ToLowerInvariant()] = valence;
        }
        return lexicon;
    }
}
