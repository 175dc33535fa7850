namespace DarkSocialBot.Tests.Attribution;

/// <summary>Reads the labelled HDYHAU answer files (TSV with '#' comments and a header row) copied to the test output.</summary>
internal static class LabelledAnswers
{
    public sealed record Answer(string Text, string Locale, string Expected, string Split);

    public static IReadOnlyList<Answer> Load(string file) =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Attribution", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Select(p => new Answer(p[0], p[1], p[2], p.Length > 3 ? p[3] : "fresh"))];
}
