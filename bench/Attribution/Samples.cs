namespace DarkSocialBot.Bench.Attribution;

/// <summary>
/// Texts to classify and score: the labelled HDYHAU answers and French messages of the test project (found from the
/// repository root), plus English reviews from its UCI sets; a few built-in ones when run elsewhere.
/// </summary>
internal sealed record Samples(IReadOnlyList<(string Text, string Locale)> Answers, IReadOnlyList<(string Text, string Locale)> Messages)
{
    private static Samples? _loaded;

    public static Samples Load() => _loaded ??= Read();

    private static Samples Read()
    {
        var root = FindRoot();
        var answers = root is null ? [] : Tsv(Path.Combine(root, "tests/DarkSocialBot.Tests/Attribution/attribution-labelled.tsv"))
            .Select(c => (c[0], c[1])).ToList();
        var messages = root is null ? [] : Tsv(Path.Combine(root, "tests/DarkSocialBot.Tests/Sentiment/sentiment-fr-labelled.tsv"))
            .Select(c => (c[0], "fr")).Concat(answers.Select(a => (a.Item1, a.Item2))).ToList();
        if (answers.Count == 0)
        {
            answers = [("my sister sent me the link on WhatsApp", "en"), ("un collègue m'en a parlé", "fr"), ("vu une pub sur insta", "fr"), ("ChatGPT", "en")];
            messages = [("I love this airline, the crew were wonderful!", "en"), ("C'est vraiment nul, vol annulé sans explication", "fr")];
        }
        return new Samples(answers, messages);
    }

    private static IEnumerable<string[]> Tsv(string path) =>
        File.Exists(path)
            ? File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')).Where(c => c.Length >= 2)
            : [];

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DarkSocialBot.sln"))) return dir.FullName;
        return null;
    }
}
