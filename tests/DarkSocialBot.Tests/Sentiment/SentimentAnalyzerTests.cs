using DarkSocialBot.Core.Sentiment;

namespace DarkSocialBot.Tests.Sentiment;

public sealed class SentimentAnalyzerTests
{
    private static SentimentScore En(string text) => SentimentAnalyzer.Default.Analyze(text, "en");
    private static SentimentScore Fr(string text) => SentimentAnalyzer.Default.Analyze(text, "fr-FR");

    [Theory]
    [InlineData("The book was good.", 0.4404)]
    [InlineData("VADER is smart, handsome, and funny.", 0.8316)]
    [InlineData("VADER is not smart, handsome, nor funny.", -0.7424)]
    [InlineData("VADER is very smart, handsome, and funny.", 0.8545)]
    [InlineData("VADER is VERY SMART, handsome, and FUNNY.", 0.9227)]
    [InlineData("VADER is VERY SMART, handsome, and FUNNY!!!", 0.9342)]
    [InlineData("The book was kind of good.", 0.3832)]
    [InlineData("At least it isn't a horrible book.", 0.431)]
    [InlineData("Today SUX!", -0.5461)]
    public void English_matches_published_vader_examples(string text, double compound) =>
        Assert.Equal(compound, En(text).Compound, 3);

    [Fact]
    public void Negation_flips_and_never_so_emphasises()
    {
        Assert.True(En("not good").Compound < 0);
        Assert.True(En("never so good").Compound > En("good").Compound);
    }

    [Fact]
    public void But_weighs_the_second_half() => Assert.Equal(SentimentLabel.Negative, En("The food was good, but the service was horrible").Label);

    [Fact]
    public void Emoji_and_emoticons_carry_sentiment()
    {
        Assert.Equal(SentimentLabel.Positive, En("flight landed 😍").Label);
        Assert.Equal(SentimentLabel.Negative, Fr("mon vol 😡").Label);
        Assert.Equal(SentimentLabel.Positive, En("see you tomorrow :)").Label);
    }

    [Theory]
    [InlineData("c'est pas mal du tout", SentimentLabel.Positive)]
    [InlineData("pas mal", SentimentLabel.Positive)]
    [InlineData("pas terrible", SentimentLabel.Negative)]
    [InlineData("je ne suis pas satisfait", SentimentLabel.Negative)]
    [InlineData("j'aime pas", SentimentLabel.Negative)]
    [InlineData("personne ne m'a aidé", SentimentLabel.Negative)]
    [InlineData("jamais plus", SentimentLabel.Negative)]
    [InlineData("aucun problème, merci", SentimentLabel.Positive)]
    [InlineData("le vol était bien mais le personnel désagréable", SentimentLabel.Negative)]
    [InlineData("Je n'ai jamais eu un aussi bon service", SentimentLabel.Positive)]
    [InlineData("Quelle est la franchise bagage ?", SentimentLabel.Neutral)]
    [InlineData("SERVICE NUL", SentimentLabel.Negative)]
    public void French_rules_read_negation_idioms_and_contrast(string text, SentimentLabel label) => Assert.Equal(label, Fr(text).Label);

    [Fact]
    public void French_intensifiers_and_dampeners_scale_the_score()
    {
        Assert.True(Fr("très content").Compound > Fr("content").Compound);
        Assert.True(Fr("un peu déçu").Compound > Fr("déçu").Compound);
        Assert.True(Fr("déçue").Compound < 0); // accents and feminine endings are folded
    }

    [Fact]
    public void Unknown_locale_is_detected()
    {
        Assert.Equal("fr", SentimentAnalyzer.Default.Analyze("Le personnel était très aimable").Language);
        Assert.Equal("en", SentimentAnalyzer.Default.Analyze("The staff were lovely", "nl-NL").Language);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("12345 ABC-99")]
    public void Bad_input_is_neutral(string? text)
    {
        var score = SentimentAnalyzer.Default.Analyze(text);
        Assert.Equal((0.0, SentimentLabel.Neutral), (score.Compound, score.Label));
    }

    [Fact]
    public void Scores_stay_in_range_for_long_and_mixed_texts()
    {
        var score = SentimentAnalyzer.Default.Analyze(string.Concat(Enumerable.Repeat("great SUPER génial 😍!!! nul ", 700)));
        Assert.InRange(score.Compound, -1.0, 1.0);
        Assert.Equal(1.0, score.Positive + score.Negative + score.Neutral, 2);
    }
}
