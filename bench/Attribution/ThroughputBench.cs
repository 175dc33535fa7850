using System.Diagnostics;
using DarkSocialBot.Core.Attribution;
using DarkSocialBot.Core.Sentiment;

namespace DarkSocialBot.Bench.Attribution;

/// <summary>Classifier and sentiment throughput: texts per second on one core, then on all cores in parallel.</summary>
internal static class ThroughputBench
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(3);

    public static void Run(Samples samples)
    {
        Report("classify ", samples.Answers, (text, locale) => AttributionClassifier.Default.Classify(text, locale).Confidence);
        Report("sentiment", samples.Messages, (text, locale) => SentimentAnalyzer.Default.Analyze(text, locale).Compound);
    }

    private static void Report(string name, IReadOnlyList<(string Text, string Locale)> texts, Func<string, string, double> work)
    {
        Measure(texts, work, TimeSpan.FromMilliseconds(500), 1); // warm-up
        var single = Measure(texts, work, Duration, 1);
        var cores = Environment.ProcessorCount;
        var parallel = Measure(texts, work, Duration, cores);
        var length = texts.Average(t => t.Text.Length);
        Console.WriteLine($"[{name}] {texts.Count} texts (mean {length:F0} chars): {single,9:N0} texts/s on one core; " +
            $"{parallel,9:N0} texts/s on {cores} cores ({parallel / cores:N0} per core)");
    }

    private static double Measure(IReadOnlyList<(string Text, string Locale)> texts, Func<string, string, double> work, TimeSpan duration, int threads)
    {
        var counts = new long[threads];
        var stopwatch = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, thread =>
        {
            var sink = 0.0;
            long done = 0;
            for (var i = thread; stopwatch.Elapsed < duration; i++, done++)
            {
                var (text, locale) = texts[i % texts.Count];
                sink += work(text, locale);
            }
            counts[thread] = done + (sink > double.MaxValue ? 1 : 0);
        });
        return counts.Sum() / stopwatch.Elapsed.TotalSeconds;
    }
}
