using DarkSocialBot.Core.Attribution;
using DarkSocialBot.Core.Sentiment;

namespace DarkSocialBot.Tests.Attribution;

public sealed class SharedInstanceTests
{
    [Fact]
    public void Classifier_and_analyser_give_the_same_answers_when_shared_across_threads()
    {
        var texts = LabelledAnswers.Load("attribution-labelled.tsv").Select(a => a.Text).ToArray();
        var expected = texts.Select(t => (AttributionClassifier.Default.Classify(t), SentimentAnalyzer.Default.Analyze(t))).ToArray();
        var actual = new (AttributionResult, SentimentScore)[texts.Length * 8];
        Parallel.For(0, actual.Length, i => actual[i] = (AttributionClassifier.Default.Classify(texts[i % texts.Length]),
            SentimentAnalyzer.Default.Analyze(texts[i % texts.Length])));
        for (var i = 0; i < actual.Length; i++) Assert.Equal(expected[i % texts.Length], actual[i]);
    }
}
