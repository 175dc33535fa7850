using DarkSocialBot.Core.Sentiment;

namespace DarkSocialBot.Tests.Sentiment;

public sealed class LanguageGuessTests
{
    [Theory]
    [InlineData("Bonjour, je voudrais changer mon siège", "fr")]
    [InlineData("c'est pas mal", "fr")]
    [InlineData("un ami m'en a parlé", "fr")]
    [InlineData("Hi, I want to change my seat", "en")]
    [InlineData("my friend told me about you", "en")]
    [InlineData("don't know", "en")]
    public void Detects_english_and_french(string text, string language)
    {
        var guess = LanguageGuess.Detect(text);
        Assert.Equal(language, guess.Language);
        Assert.InRange(guess.Confidence, 0.3, 1.0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("😀👍")]
    [InlineData("AF1234")]
    public void No_evidence_gives_no_language(string? text) => Assert.Equal(new LanguageGuess(null, 0), LanguageGuess.Detect(text));
}
