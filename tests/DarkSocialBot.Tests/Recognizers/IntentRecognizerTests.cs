using DarkSocialBot.Core.Recognizers;

namespace DarkSocialBot.Tests.Recognizers;

public sealed class IntentRecognizerTests
{
    private static readonly IntentRecognizer Intents = new IntentRecognizer()
        .Add("flight.status", "en", "where is my flight", "flight status", "is my flight delayed")
        .Add("flight.status", "fr", "où en est mon vol", "statut du vol", "mon vol est-il en retard")
        .Add("baggage", "en", "baggage", "luggage", "lost bag").Add("baggage", "fr", "bagage", "valise")
        .Add("agent", "en", "talk to an agent", "human").Add("agent", "fr", "parler à un conseiller", "humain")
        .Add("agent", "*", 0.9, "agent")
        .AddPattern("booking.reference", "*", @"\b[A-Z0-9]{6}\b", weight: 0.8);

    [Theory]
    [InlineData("Where is my flight?", "en-US", "flight.status")]
    [InlineData("is my flight delayed", "en-US", "flight.status")]
    [InlineData("Où en est mon vol ?", "fr-FR", "flight.status")]
    [InlineData("ou en est mon vol", "fr-FR", "flight.status")]
    [InlineData("I lost my luggage", "en-US", "baggage")]
    [InlineData("ma valise est perdue", "fr-FR", "baggage")]
    [InlineData("I want to talk to an agnet", "en-US", "agent")]
    [InlineData("un humain svp", "fr-FR", "agent")]
    [InlineData("AB12CD", "en-US", "booking.reference")]
    public void Messages_are_routed_to_their_intent(string text, string locale, string expected) =>
        Assert.Equal(expected, Intents.Recognize(text, locale)?.Intent);

    [Theory]
    [InlineData("")]
    [InlineData("🙂🙂")]
    [InlineData("what a nice day")]
    public void Unrelated_messages_have_no_intent(string text) => Assert.Null(Intents.Recognize(text, "en-US"));

    [Theory]
    [InlineData("luggag", "baggage")]   // a letter missing
    [InlineData("lugggage", "baggage")] // a letter too many
    [InlineData("luggabe", "baggage")]  // a letter wrong
    [InlineData("lugagge", "baggage")]  // two letters swapped
    [InlineData("hmuan", "agent")]      // swapped, in a short word
    [InlineData("luxxage", null)]       // two edits: not the same word
    public void A_word_one_typo_away_from_a_phrase_word_still_counts(string text, string? expected) =>
        Assert.Equal(expected, Intents.Recognize(text, "en-US", minScore: 0.3)?.Intent);

    [Fact]
    public void Phrases_added_after_a_first_recognition_are_found()
    {
        var intents = new IntentRecognizer().Add("greeting", "en", "hello");
        Assert.Null(intents.Recognize("good morning", "en-US"));

        intents.Add("greeting", "en", "good morning");

        Assert.Equal("greeting", intents.Recognize("good morning", "en-US")?.Intent);
    }

    [Fact]
    public void A_match_explains_itself_with_evidence_and_a_score()
    {
        var match = Intents.Recognize("talk to an agnet", "en-US");

        Assert.NotNull(match);
        Assert.Equal("agent", match.Intent);
        Assert.InRange(match.Score, 0.9, 1.0);
        Assert.Contains("phrase \"talk to an agent\" (typo tolerated: agent)", match.Evidence);
    }

    [Fact]
    public void Phrases_of_another_language_count_slightly_less()
    {
        var inFrench = Intents.Recognize("valise", "fr-FR")!;
        var inEnglish = Intents.Recognize("valise", "en-US")!;

        Assert.Equal("baggage", inEnglish.Intent);
        Assert.True(inEnglish.Score < inFrench.Score);
        Assert.Contains(inEnglish.Evidence, e => e.EndsWith("[fr]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_message_mentioning_a_phrase_scores_less_than_the_phrase_alone()
    {
        var alone = Intents.Recognize("baggage", "en-US")!;
        var inPassing = Intents.RecognizeAll("my baggage was fine but the seat and the food and the crew were awful", "en-US")[0];

        Assert.Equal(1.0, alone.Score);
        Assert.True(inPassing.Score < alone.Score);
    }

    [Fact]
    public void Results_are_ranked_best_first_and_deterministic()
    {
        var first = Intents.RecognizeAll("where is my flight and my luggage", "en-US");
        var second = Intents.RecognizeAll("where is my flight and my luggage", "en-US");

        Assert.Equal(first.Select(m => m.ToString()), second.Select(m => m.ToString()));
        Assert.Equal("flight.status", first[0].Intent);
        Assert.Contains(first, m => m.Intent == "baggage");
    }
}
