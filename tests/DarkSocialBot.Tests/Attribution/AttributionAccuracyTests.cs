using System.Globalization;
using System.Text;
using DarkSocialBot.Core.Attribution;
using Xunit.Abstractions;

namespace DarkSocialBot.Tests.Attribution;

/// <summary>
/// Accuracy on hand-labelled answers. attribution-labelled.tsv (404 answers, 194 French) was written before the rules; its
/// "holdout" quarter was never inspected while tuning. attribution-fresh.tsv (100 answers) was written after the first rules
/// and scored once at 0.81 (Dark 0.83, Public 0.79, Paid 0.90, Owned 0.50, Unclassified 0.83) before its gaps were fixed.
/// Same author for sets and rules: read these as regression floors more than as an independent estimate.
/// </summary>
public sealed class AttributionAccuracyTests(ITestOutputHelper output)
{
    private static readonly AttributionClassifier Classifier = AttributionClassifier.Default;

    [Fact]
    public void Labelled_set_is_large_bilingual_and_covers_every_code()
    {
        var answers = LabelledAnswers.Load("attribution-labelled.tsv");
        Assert.True(answers.Count >= 300, $"{answers.Count} answers");
        Assert.True(answers.Count(a => a.Locale == "fr") >= 120);
        Assert.All(answers, a => Assert.True(SourceCodes.IsKnown(a.Expected), a.Expected));
        Assert.Empty(SourceCodes.All.Except(answers.Select(a => a.Expected)));
    }

    [Fact]
    public void Labelled_answers_are_classified_with_high_accuracy_overall_and_per_class()
    {
        var answers = LabelledAnswers.Load("attribution-labelled.tsv");
        var (overall, perClass) = Report("labelled (all)", answers);
        Assert.True(overall >= 0.97, $"overall {overall:F3}");
        Assert.All(perClass, c => Assert.True(c.Value >= 0.95, $"{c.Key} {c.Value:F3}"));
    }

    [Fact]
    public void Held_out_answers_are_classified_as_well_as_the_tuned_ones()
    {
        var answers = LabelledAnswers.Load("attribution-labelled.tsv");
        var (tune, _) = Report("labelled (tune)", [.. answers.Where(a => a.Split == "tune")]);
        var (holdout, perClass) = Report("labelled (holdout)", [.. answers.Where(a => a.Split == "holdout")]);
        Assert.True(holdout >= 0.95, $"holdout {holdout:F3}, tune {tune:F3}");
        Assert.All(perClass, c => Assert.True(c.Value >= 0.9, $"{c.Key} {c.Value:F3}"));
    }

    [Fact]
    public void Fresh_messier_answers_stay_above_the_floor()
    {
        var (overall, perClass) = Report("fresh (first score 0.810, since tuned)", LabelledAnswers.Load("attribution-fresh.tsv"));
        Assert.True(overall >= 0.95, $"fresh {overall:F3}");
        Assert.All(perClass, c => Assert.True(c.Value >= 0.85, $"{c.Key} {c.Value:F3}"));
    }

    private (double Overall, Dictionary<SourceClass, double> PerClass) Report(string name, IReadOnlyList<LabelledAnswers.Answer> answers)
    {
        var rows = answers.Select(a => (a, Result: Classifier.Classify(a.Text, a.Locale))).ToList();
        var overall = rows.Count(r => r.Result.Source == r.a.Expected) / (double)rows.Count;
        var table = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"{name}: {overall:F3} on {rows.Count} answers");
        var perClass = new Dictionary<SourceClass, double>();
        foreach (var group in rows.GroupBy(r => SourceCodes.ClassOf(r.a.Expected)).OrderBy(g => g.Key))
        {
            var accuracy = group.Count(r => r.Result.Source == r.a.Expected) / (double)group.Count();
            perClass[group.Key] = accuracy;
            table.AppendLine(CultureInfo.InvariantCulture, $"  {group.Key,-13} {accuracy:F3}  ({group.Count()})");
        }
        foreach (var (a, result) in rows.Where(r => r.Result.Source != r.a.Expected))
            table.AppendLine(CultureInfo.InvariantCulture, $"  miss: \"{a.Text}\" expected {a.Expected}, got {result.Source} ({result.Evidence})");
        output.WriteLine(table.ToString());
        return (overall, perClass);
    }
}
